/**
 * From proposals to draft files and the editor's review list.
 *
 * Pure: it is given what the site has and returns the files to write (under
 * content/drafts/) and the list to print; `scripts/import.ts` does the
 * reading and writing. Nothing that exists is ever overwritten.
 */
import { TOPICS, TOPIC_SEARCH_WORDS, type TopicId } from '../../schemas/topics.ts';
import { EDITOR_PLACEHOLDER } from '../content-files/content-check.ts';
import type { Furniture } from './furniture.ts';
import type { StatementIndex } from './merge.ts';
import type { Proposal } from './propose.ts';
import { foldPhrase, slugOf, type KnownActor, type NewActor } from './speakers.ts';

export interface CleanSource {
  headline?: string;
  paragraphs: readonly string[];
  removed: readonly Furniture[];
  author?: string;
  published?: string;
  outlet?: { name: string; role: 'publisher' | 'distributor'; basis: string };
}

export interface PlanInput {
  sourceId: string;
  receivedAs: string;
  article: CleanSource;
  proposals: readonly Proposal[];
  /** Actors drafted by the resolver during this import. */
  newActors: readonly NewActor[];
  /** Every actor the site has (published or draft), for names in the review list and new roles. */
  actors: readonly KnownActor[];
  statements: StatementIndex;
  /** Every id in use, per collection (published and drafts), so new ones never collide. */
  takenIds: { statements: Set<string>; actors: Set<string> };
  today: string;
}

export interface DraftFile {
  /** Relative to the content folder. */
  path: string;
  text: string;
}

export interface ReviewItem {
  proposal: Proposal;
  /** What becomes of it: a new statement, a new rendering of one on the site, or nothing to draft. */
  outcome: { kind: 'statement'; file: string } | { kind: 'rendering'; file: string; statement: string; existing: { source: string; quotes: readonly string[] } } | { kind: 'no-speaker' };
}

export interface ImportPlan {
  files: DraftFile[];
  items: ReviewItem[];
  /** Changes to existing actors the editor should make: a new source, a new description. */
  actorNotes: string[];
}

const yamlString = (text: string) => JSON.stringify(text);

/** A label for the source: the headline's first part, or the site's bracketed description for the editor to rewrite. */
export function draftLabel(article: CleanSource, speakers: readonly string[]): string {
  if (article.headline) {
    // "From Istanbul To Tora Bora: Pakistan Warns …" → its first part; "'We Will Respond': Sylvania Warns …" → the part that is not a quotation.
    const parts = article.headline.split(/:\s+/);
    const first = /^['‘"“]/.test(parts[0]!) && parts[1] ? parts.slice(1).join(': ') : parts[0]!;
    const label = first.length >= 12 && first.length <= 120 ? first : article.headline.slice(0, 120);
    return label.replace(/["“”]/g, '');
  }
  const named = speakers.slice(0, 2).join(' and ');
  return `[Report quoting ${named || 'unnamed speakers'}]`;
}

/** Topics whose label or search words the words contain: suggestions, never chosen for the editor. */
export function suggestTopics(text: string): TopicId[] {
  const folded = ` ${foldPhrase(text)} `;
  return (Object.keys(TOPICS) as TopicId[]).filter((topic) => {
    const words = [TOPICS[topic], ...(TOPIC_SEARCH_WORDS[topic] ?? [])].map((word) => foldPhrase(word.replace(/\(.*\)/, '')));
    return words.some((word) => word.length > 3 && folded.includes(` ${word}`));
  });
}

/** A statement id from the speaker and the first meaning words: "asif-clear-mediators-kabul". */
export function statementId(speaker: string, quote: string, taken: Set<string>, personLike = true): string {
  // A person by family name ("asif"); a body or description by its first word that is not a number or small word.
  const parts = speaker.split('-').filter((part) => !/^\d+$/.test(part) && !['of', 'the', 'a', 'an', 'two', 'three', 'some', 'several'].includes(part));
  const speakerPart = (personLike ? parts.at(-1) : parts[0]) ?? speaker;
  const words = slugOf(quote)
    .split('-')
    .filter((word) => word !== speakerPart && word.length > 2 && !['the', 'and', 'that', 'with', 'for', 'has', 'was', 'not', 'our', 'its', 'his', 'their', 'from', 'into', 'will', 'would', 'said'].includes(word))
    .slice(0, 4);
  const base = [speakerPart, ...words].join('-').slice(0, 60).replace(/-$/, '') || speakerPart;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function renderingYaml(proposal: Proposal, sourceId: string, indent: string): string[] {
  const lines = [`${indent}source: ${yamlString(sourceId)}`, `${indent}quotes:`, ...proposal.quotes.map((quote) => `${indent}  - ${yamlString(quote)}`)];
  if (proposal.kind === 'direct-quote' || proposal.excerpt !== proposal.quotes[0]) lines.push(`${indent}excerpt: ${yamlString(proposal.excerpt)}`);
  lines.push(`${indent}medium: ${yamlString(proposal.medium)}`);
  if (proposal.attribution) lines.push(`${indent}attribution: ${yamlString(proposal.attribution)}`);
  if (proposal.via) lines.push(`${indent}via: ${yamlString(proposal.via.actor)} # ${proposal.via.reason}`);
  if (proposal.setting) lines.push(`${indent}setting: ${yamlString(proposal.setting)}`);
  if (proposal.when) lines.push(`${indent}when: ${yamlString(proposal.when)}`);
  return lines;
}

const header = (what: string, sourceId: string, paragraph: number, accept: string) => [
  `# Drafted by npm run import from content/drafts/sources/${sourceId}.txt, paragraph ${paragraph + 1}: ${what}.`,
  `# Nothing here is published until an editor accepts it: ${accept}`,
];

function statementDraft(proposal: Proposal, sourceId: string, today: string): string {
  const topics = suggestTopics(proposal.quotes.join(' ') + ' ' + proposal.excerpt);
  return [
    '---',
    ...header(`${proposal.kind === 'direct-quote' ? 'a direct quotation' : 'reported speech'} (confidence: ${proposal.confidence})`, sourceId, proposal.paragraph, 'check every field against the source, write summary and topics, then move this file to content/statements/.'),
    ...proposal.notes.map((note) => `# - ${note}`),
    `speaker: ${yamlString(proposal.speaker!.actor)} # ${proposal.speaker!.reason} (${proposal.speaker!.confidence})`,
    `kind: ${yamlString(proposal.kind)}`,
    `# summary: "" # yours to write: one neutral line in the site's words${proposal.kind === 'paraphrase' ? ' ("as paraphrased" where the words are the source’s)' : ''}`,
    `# topics: [] # yours to choose${topics.length > 0 ? `; the words suggest: ${topics.join(', ')}` : ''}`,
    'renderings:',
    ...renderingYaml(proposal, sourceId, '  ').map((line, index) => (index === 0 ? `  - ${line.trimStart()}` : `  ${line}`)),
    `added: ${yamlString(today)}`,
    '---',
    '',
  ].join('\n');
}

function renderingDraft(proposal: Proposal, statement: string, sourceId: string, today: string): string {
  return [
    '---',
    ...header(`a new source’s wording of ${statement}`, sourceId, proposal.paragraph, `add the rendering below to content/statements/${statement}.mdx (and the source to its speaker’s sources), then delete this file.`),
    ...proposal.notes.map((note) => `# - ${note}`),
    `statement: ${yamlString(statement)} # ${proposal.speaker!.reason}`,
    'rendering:',
    ...renderingYaml(proposal, sourceId, '  '),
    `added: ${yamlString(today)}`,
    '---',
    '',
  ].join('\n');
}

function actorDraft(actor: NewActor, sourceId: string, today: string): string {
  const roleLine = foldPhrase(actor.described) !== foldPhrase(actor.name) ? [`roleAsReported:`, `  - text: ${yamlString(actor.described)}`, `    source: ${yamlString(sourceId)}`] : [];
  return [
    '---',
    `# Drafted by npm run import from content/drafts/sources/${sourceId}.txt: a speaker the site does not have, in the text's words.`,
    '# Check the name and kind, choose the side, then move this file to content/actors/.',
    `name: ${yamlString(actor.name)}`,
    `kind: ${yamlString(actor.kind)}`,
    'side: "unstated" # yours to choose: pakistan | afghan-taliban | mediator | international | non-state | media | observers | unstated',
    ...roleLine,
    'sources:',
    `  - ${yamlString(sourceId)}`,
    `added: ${yamlString(today)}`,
    '---',
    '',
    `Who they are, in one or two sentences, attributed to the source: ${EDITOR_PLACEHOLDER}.`,
    '',
  ].join('\n');
}

function sourceDraft(input: PlanInput, label: string): string {
  const { article } = input;
  const lines = [
    '---',
    article.headline
      ? '# Drafted by npm run import. Check the label: the headline or its first part, not a quotation.'
      : '# Drafted by npm run import. Write the label: without a headline it is the site’s description of the article, in square brackets.',
    `label: ${yamlString(label)}`,
  ];
  if (article.headline) lines.push(`headline: ${yamlString(article.headline)}`);
  if (article.outlet) lines.push('outlet:', `  name: ${yamlString(article.outlet.name)}`, `  role: ${article.outlet.role}`, `  basis: ${yamlString(article.outlet.basis)}`);
  if (article.published) lines.push(`published: ${yamlString(article.published)}`);
  if (article.author) lines.push(`author: ${yamlString(article.author)}`);
  lines.push(`receivedAs: ${yamlString(input.receivedAs)}`);
  if (article.removed.length > 0) {
    lines.push('boilerplate:');
    for (const item of article.removed) lines.push(`  - kind: ${item.kind} # ${item.reason}`, `    text: ${yamlString(item.text)}`);
  }
  lines.push(`added: ${yamlString(input.today)}`, '---', '', `What the article reports, in a few neutral sentences, and what it does not give (date, author, outlet): ${EDITOR_PLACEHOLDER}.`, '');
  return lines.join('\n');
}

/** The drafts and review items for one imported article. */
export function planImport(input: PlanInput): ImportPlan {
  const files: DraftFile[] = [];
  const items: ReviewItem[] = [];
  const actorNotes: string[] = [];
  const renderingFiles = new Set<string>();
  const takenStatements = new Set(input.takenIds.statements);
  for (const proposal of input.proposals) {
    if (!proposal.speaker) {
      items.push({ proposal, outcome: { kind: 'no-speaker' } });
      continue;
    }
    const match = input.statements.match(proposal.speaker.actor, proposal.quotes);
    const file = match && match.source !== input.sourceId ? `drafts/renderings/${match.id}--${input.sourceId}.mdx` : undefined;
    // One rendering per statement and source: a second proposal like the same statement is drafted as a statement of its own.
    if (match && file && !renderingFiles.has(file)) {
      renderingFiles.add(file);
      proposal.notes.push(`reported again: shares ${match.shared.length} words (${match.shared.join(', ')}) with ${match.id} as ${match.source} words it`);
      files.push({ path: file, text: renderingDraft(proposal, match.id, input.sourceId, input.today) });
      items.push({ proposal, outcome: { kind: 'rendering', file, statement: match.id, existing: { source: match.source, quotes: match.quotes } } });
      continue;
    }
    const speakerKind = input.actors.find((actor) => actor.id === proposal.speaker!.actor)?.kind ?? input.newActors.find((actor) => actor.id === proposal.speaker!.actor)?.kind;
    const id = statementId(proposal.speaker.actor, proposal.quotes[0]!, takenStatements, speakerKind === 'person');
    const path = `drafts/statements/${id}.mdx`;
    files.push({ path, text: statementDraft(proposal, input.sourceId, input.today) });
    items.push({ proposal, outcome: { kind: 'statement', file: path } });
  }
  const speaking = new Set(items.flatMap((item) => (item.outcome.kind === 'no-speaker' ? [] : [item.proposal.speaker!.actor])));
  for (const actor of input.newActors) {
    if (!speaking.has(actor.id) && !input.proposals.some((proposal) => proposal.via?.actor === actor.id)) continue;
    files.push({ path: `drafts/actors/${actor.id}.mdx`, text: actorDraft(actor, input.sourceId, input.today) });
  }
  for (const actor of input.actors) {
    if (actor.drafted || !speaking.has(actor.id)) continue;
    const described = [...new Set(input.proposals.filter((proposal) => proposal.speaker?.actor === actor.id).map((proposal) => proposal.speaker!.reason.match(/^“([^”]+)” names/)?.[1]).filter((text): text is string => !!text))];
    const newWords = described.filter((text) => !actor.phrases.some((phrase) => phrase === text));
    actorNotes.push(`${actor.id} (${actor.name}): add "${input.sourceId}" to its sources${newWords.length > 0 ? `; the article also calls them ${newWords.map((text) => `“${text}”`).join(', ')} (an alias or roleAsReported?)` : ''}`);
  }
  const names = [...speaking].map((id) => input.actors.find((actor) => actor.id === id)?.name ?? input.newActors.find((actor) => actor.id === id)?.name ?? id);
  const label = draftLabel(input.article, names);
  files.unshift(
    { path: `drafts/sources/${input.sourceId}.txt`, text: `${input.article.paragraphs.join('\n')}\n` },
    { path: `drafts/sources/${input.sourceId}.mdx`, text: sourceDraft(input, label) },
  );
  return { files, items, actorNotes };
}

/** The review list the import prints: each proposal with its evidence and what the editor must still write. */
export function reviewList(plan: ImportPlan, sourceId: string, names: (actorId: string) => string): string {
  const out: string[] = [];
  plan.items.forEach(({ proposal, outcome }, index) => {
    const who = proposal.speaker ? `${names(proposal.speaker.actor)} (${proposal.speaker.confidence}: ${proposal.speaker.reason})` : 'no speaker found';
    out.push(`${index + 1}. paragraph ${proposal.paragraph + 1} · ${proposal.kind === 'direct-quote' ? 'direct quotation' : 'reported speech'} · ${who}`);
    if (proposal.via) out.push(`   via ${names(proposal.via.actor)} (${proposal.via.reason})`);
    for (const quote of proposal.quotes) out.push(proposal.kind === 'direct-quote' ? `   “${quote}”` : `   the source’s sentence: ${quote}`);
    if (proposal.excerpt !== proposal.quotes[0]) out.push(`   in: ${proposal.excerpt}`);
    const facts = [proposal.attribution && `attribution “${proposal.attribution}”`, `medium ${proposal.medium}`, proposal.setting && `setting “${proposal.setting}”`, proposal.when && `when “${proposal.when}”`].filter(Boolean);
    out.push(`   ${facts.join(' · ')}`);
    for (const note of proposal.notes) out.push(`   - ${note}`);
    if (outcome.kind === 'statement') out.push(`   → ${outcome.file}: write summary and topics, then move it to content/statements/`);
    if (outcome.kind === 'rendering') {
      out.push(`   → the same statement as ${outcome.statement}, side by side:`);
      out.push(`       ${outcome.existing.source}: ${outcome.existing.quotes.map((quote) => `“${quote}”`).join(' … ')}`);
      out.push(`       ${sourceId}: ${proposal.quotes.map((quote) => `“${quote}”`).join(' … ')}`);
      out.push(`     ${outcome.file}: add it to the statement’s renderings`);
    }
    if (outcome.kind === 'no-speaker') out.push('   → not drafted: add it by hand if a speaker says these words');
  });
  return out.join('\n');
}
