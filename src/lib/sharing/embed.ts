/**
 * A statement embedded on another site: the `<blockquote>` snippet a reader
 * pastes (readable with no script and no style from this site), the embed
 * page other sites may frame, and the oEmbed answer that lets a CMS turn a
 * pasted link into the quote. Every form names whose words it shows and
 * carries the source's hedge. Pure; used by the statement page, the embed
 * page and `oembed.json`.
 */
import { cardSpeakerLine, nameInSentence, speakerWithHedge } from '../text/attribution.ts';
import { segmentsText, type Segment } from '../text/shown.ts';
import { curlyQuotes, cutAtPhrase, escapedLength, TITLE_MAX } from './previews.ts';

export interface EmbedModel {
  /** The statement page's absolute URL. */
  url: string;
  /** The words as the views write them (`segmentsText`): quoted parts in curly quotation marks, reported speech without. */
  words: string;
  isQuotation: boolean;
  speaker: string;
  role?: string | undefined;
  hedge?: string | undefined;
  /** The source whose words these are. */
  sourceLabel: string;
  siteName: string;
}

/** The embed frame's size; the frame page fits the words in it and scrolls when they are longer. */
export const EMBED_WIDTH = 550;
export const EMBED_HEIGHT = 260;

/** Text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The attribution line under the words: who, with the hedge, and whose words they are. */
export function embedAttribution(model: EmbedModel): string {
  if (model.isQuotation) return `— ${cardSpeakerLine(model.speaker, model.role, model.hedge)}. As printed in ${model.sourceLabel}.`;
  return `In reported speech about ${nameInSentence(speakerWithHedge(model.speaker, model.hedge))}: the words are ${model.sourceLabel}’s, not the speaker’s.`;
}

/**
 * The snippet to paste: a blockquote citing the statement's page, its words,
 * the attribution line and a link back, in plain HTML (no class a reader's
 * site must style, no script).
 */
export function embedBlockquote(model: EmbedModel): string {
  return [
    `<blockquote cite="${escapeHtml(model.url)}">`,
    `<p>${escapeHtml(model.words)}</p>`,
    `<p>${escapeHtml(embedAttribution(model))} <a href="${escapeHtml(model.url)}">${escapeHtml(model.siteName)}</a></p>`,
    `</blockquote>`,
  ].join('');
}

/** The frame of the embed page, titled by who is quoted, for pages that keep iframes. */
export function embedFrame(embedUrl: string, model: EmbedModel): string {
  const title = `Statement by ${nameInSentence(model.speaker)}, from ${model.siteName}`;
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`;
}

/** The oEmbed 1.0 answer (type `rich`): the blockquote, then the frame of the embed page. */
export function oembedResponse(model: EmbedModel, embedUrl: string, siteUrl: string, title: string) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    author_name: model.isQuotation ? speakerWithHedge(model.speaker, model.hedge) : model.sourceLabel,
    author_url: model.url,
    provider_name: model.siteName,
    provider_url: siteUrl,
    cache_age: 86400,
    html: `${embedBlockquote(model)}${embedFrame(embedUrl, model)}`,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  } as const;
}

/** The embed model of what a view shows of a statement (`shownStatement`): its words as the views write them, the speaker with the role as shown, the page's absolute URL. */
export function embedModelOf(
  shown: { kind: string; hedge?: string | undefined; source: { label: string }; segments: readonly Segment[] },
  speaker: { name: string; role?: string | undefined },
  url: string,
  siteName: string,
): EmbedModel {
  return {
    url,
    words: segmentsText(shown.segments),
    isQuotation: shown.kind === 'direct-quote',
    speaker: speaker.name,
    role: speaker.role && curlyQuotes(speaker.role),
    hedge: shown.hedge,
    sourceLabel: shown.source.label,
    siteName,
  };
}

/** The embed page's `<title>`: "Statement by … | <site>", cut at a phrase to the site's 70-character limit. */
export function embedPageTitle(model: EmbedModel, siteShortName: string): string {
  const suffix = ` | ${siteShortName}`;
  return `${cutAtPhrase(`Statement by ${nameInSentence(model.speaker)}`, TITLE_MAX - suffix.length, escapedLength)}${suffix}`;
}

/** The embed page's description: its words, cut at a phrase, and whose they are. */
export function embedPageDescription(model: EmbedModel): string {
  return `${cutAtPhrase(model.words, 150)} (${model.sourceLabel})`;
}
