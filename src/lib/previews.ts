import { joinPassages, truncate } from './text.ts';

export interface PreviewInput {
  speaker: string;
  kind: 'direct-quote' | 'paraphrase';
  passages: readonly string[];
  sourceLabels: readonly string[];
}

/**
 * What a shared link to a statement shows: the quotation and the speaker in
 * the title, the words and where they were reported in the description.
 */
export function statementPreview(input: PreviewInput): { title: string; description: string } {
  const words = joinPassages(input.passages);
  const title = input.kind === 'direct-quote' ? `${input.speaker}: “${truncate(words, 90)}”` : `${input.speaker}, as reported: ${truncate(words, 80)}`;
  const reported = `As reported in ${input.sourceLabels.join(' and ')}.`;
  const description = input.kind === 'direct-quote' ? `“${truncate(words, 200)}” ${reported}` : `Reported speech: ${truncate(words, 200)} ${reported}`;
  return { title, description };
}

export interface RenderingFacts {
  medium: string;
  setting?: string | undefined;
  when?: string | undefined;
}

/** The how, where and when of a rendering, in the source's words where it gives them. */
export function renderingDetails(rendering: RenderingFacts, mediumLabels: Record<string, string>): string[] {
  const details: string[] = [];
  if (rendering.medium !== 'not-stated') details.push(mediumLabels[rendering.medium] ?? rendering.medium);
  if (rendering.setting) details.push(`“${rendering.setting}”`);
  if (rendering.when) details.push(`When: “${rendering.when}”`);
  if (rendering.medium === 'not-stated' && !rendering.setting) details.push('Where or how it was said: not stated by the source');
  return details;
}

/** How an outlet is named in citations: "MENAFN" or "distributed by MENAFN". */
export function outletPhrase(outlet: { name: string; role: 'publisher' | 'distributor' } | undefined): string | undefined {
  if (!outlet) return undefined;
  return outlet.role === 'distributor' ? `distributed by ${outlet.name}` : outlet.name;
}
