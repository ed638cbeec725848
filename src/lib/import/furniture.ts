/**
 * Page furniture out, the article in: an article copied from a news site
 * carries related-article links (often glued to the next sentence), legal
 * disclaimers, comment counts and forms, share buttons, photo captions,
 * bylines, datelines and agency credits. Each rule below names what it
 * removes; everything removed is kept verbatim (as the source entry's
 * `boilerplate`), and nothing else of the text changes.
 */
import type { BOILERPLATE_KINDS } from '../../schemas/sources.ts';

export type FurnitureKind = keyof typeof BOILERPLATE_KINDS;

export interface Furniture {
  kind: FurnitureKind;
  text: string;
  /** Which rule took it, for the editor. */
  reason: string;
}

export interface CleanArticle {
  /** The first line, when it reads as a headline. */
  headline?: string;
  /** The text as kept, one paragraph per entry, headline first when there is one. */
  paragraphs: string[];
  /** Indexes in `paragraphs` of the headline and section headings. */
  headings: number[];
  removed: Furniture[];
  /** Only where the text states them, verbatim. */
  author?: string;
  published?: string;
  outlet?: { name: string; role: 'publisher' | 'distributor'; basis: string };
}

const AGENCIES = String.raw`agencies|AFP|Reuters|AP|APP|Anadolu|Xinhua|PTI|IANS|ANI|dpa|TOLOnews|Pajhwok|Bakhtar`;

const COMMENT_LINE = /^(?:comments?(?:\s*\(\d+\))?|no comments?(?: yet)?|\d+\s+comments?|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|view comments|show comments|please enter your (?:comment|name)(?: here)?|you have entered an incorrect email address|be the first to comment)[.!:]*$/i;
const SHARE_WORD = String.raw`(?:share(?: this(?: article| story| post)?)?|facebook|twitter|x|whatsapp|linkedin|e-?mail|print|telegram|copy link|reddit|pinterest|tweet|messenger)`;
const SHARE_LINE = new RegExp(String.raw`^(?:${SHARE_WORD}(?:[\s|·,•/]+|$))+$`, 'i');
const CAPTION_LINE = new RegExp(String.raw`^(?:\(?(?:photo|image|picture|file photo|photo credit|photograph)s?\b[^:]{0,30}:.*|.{0,200}(?:\|\s*(?:photo|image)\s*:.*|\((?:(?:${AGENCIES})\s+)?(?:photo|file)\)|[—–-]\s*(?:${AGENCIES})\/file))$`, 'i');
const DISCLAIMER_START = /^(?:legal\s+)?disclaimer\b|^the views expressed\b|^copyright\b|^©/i;
const RELATED_START = /^(?:also read|read more|read also|related(?: news| stories| articles)?|see also|recommended|must read|more on this)\s*[:|–—-]\s*/i;
const BYLINE = /^By\s+((?:[A-Z][\w.’'-]+)(?:\s+[A-Z][\w.’'-]+){0,3}(?:\s+(?:and|&)\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})?)(?:\s*[|,–—-]\s*.{0,60})?$/;
const DATE_LINE = /^(Published|Updated|Last updated|Posted)(?:\s+on)?\s*:?\s+(.{4,60})$/i;
/** "ISLAMABAD: ", "KABUL (Reuters) - ", "PESHAWAR, Nov 3 (AFP) — ": a place in capitals, maybe a date and an agency, then a colon or a dash. */
const DATELINE_PREFIX = /^((?:[A-Z][A-Z.'’-]+)(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([A-Za-z .]+\))?)\s*(?::|[—–]|\s-)\s+(?=[A-Z“"])/;
const WIRE_SUFFIX = new RegExp(String.raw`([.!?”"’])\s*[-—–]*\s*\(?((?:with inputs from )?(?:${AGENCIES}))\)?\.?$`, 'i');
const WIRE_LINE = new RegExp(String.raw`^[-—–(\s]*(?:with inputs from\s+)?(?:${AGENCIES})(?:\s*(?:and|,|\/)\s*(?:${AGENCIES}))*\)?\.?$`, 'i');

const endsSentence = (line: string) => /[.!?…:;”"’)]$/.test(line.trim());
const wordCount = (line: string) => line.trim().split(/\s+/).length;

/** Units of text: lines, or, where the text wraps its paragraphs over several lines between blank lines, those joined. */
function units(text: string): { text: string; blockEnd: boolean }[] {
  const blocks = text.split(/\n[ \t]*\n/).map((block) => block.split('\n').filter((line) => line.trim() !== ''));
  // Blocks with furniture in them are read line by line whatever the rest does.
  const hasFurniture = (lines: string[]) => lines.some((line) => DISCLAIMER_START.test(line) || COMMENT_LINE.test(line.trim()) || SHARE_LINE.test(line.trim()));
  const prose = blocks.filter((lines) => lines.length > 1 && !hasFurniture(lines));
  const inner = prose.flatMap((lines) => lines.slice(0, -1));
  const wrapped = prose.length >= 2 && inner.filter((line) => !endsSentence(line)).length > inner.length / 2;
  return blocks.flatMap((lines) => {
    if (wrapped && !hasFurniture(lines)) return lines.length > 0 ? [{ text: lines.join(' '), blockEnd: true }] : [];
    return lines.map((line, index) => ({ text: line, blockEnd: index === lines.length - 1 }));
  });
}

export function cleanArticle(text: string): CleanArticle {
  const removed: Furniture[] = [];
  const kept: string[] = [];
  const result: Omit<CleanArticle, 'paragraphs' | 'headings' | 'removed'> = {};
  const all = units(text);
  const take = (kind: FurnitureKind, taken: string, reason: string) => removed.push({ kind, text: taken.trim(), reason });
  for (let index = 0; index < all.length; index++) {
    const unit = all[index]!;
    let line = unit.text.trim();
    if (line === '') continue;
    const nearTop = kept.length < 3;

    if (DISCLAIMER_START.test(line)) {
      // A disclaimer runs on over wrapped lines until a blank line or other furniture.
      let joined = line;
      let atEnd = unit.blockEnd;
      while (!atEnd && index + 1 < all.length && !COMMENT_LINE.test(all[index + 1]!.text.trim()) && !SHARE_LINE.test(all[index + 1]!.text.trim())) {
        index += 1;
        joined += ` ${all[index]!.text.trim()}`;
        atEnd = all[index]!.blockEnd;
      }
      take('legal-disclaimer', joined, 'a disclaimer, and the lines it runs on to');
      const provider = /\b([A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+)?)\s+provides\s+the\s+information\b/.exec(joined);
      if (provider && !result.outlet) {
        result.outlet = { name: provider[1]!, role: 'distributor', basis: `The article’s legal disclaimer says “${provider[0]}”.` };
      }
      continue;
    }
    if (COMMENT_LINE.test(line)) {
      let joined = line;
      while (index + 1 < all.length && COMMENT_LINE.test(all[index + 1]!.text.trim())) joined += ` ${all[++index]!.text.trim()}`;
      take('comment-count', joined, 'comment count or comment form');
      continue;
    }
    if (SHARE_LINE.test(line) && wordCount(line) <= 12) {
      take('share-buttons', line, 'share-button text');
      continue;
    }
    if (CAPTION_LINE.test(line) && line.length <= 250) {
      take('photo-caption', line, 'a photo caption or credit');
      continue;
    }
    const byline = nearTop ? BYLINE.exec(line) : null;
    if (byline) {
      take('byline', line, 'a byline near the top');
      result.author ??= byline[1]!;
      continue;
    }
    const dateLine = DATE_LINE.exec(line);
    if (dateLine && wordCount(line) <= 12) {
      take('dateline', line, 'a publication-time line');
      if (/^(?:published|posted)/i.test(dateLine[1]!)) result.published ??= dateLine[2]!.trim();
      continue;
    }
    if (WIRE_LINE.test(line)) {
      take('wire-credit', line, 'an agency credit on its own line');
      continue;
    }
    const related = RELATED_START.exec(line);
    if (related) {
      // "Also Read: Some Headline Here" glued to the next sentence: the link ends where a lowercase letter meets a capital.
      // (after three words at least, so a name such as "McKay" in the link's first words is not taken for the seam).
      const title = line.slice(related[0].length);
      const seam = /[a-z0-9’'")?!](?=[A-Z](?:[a-z]|\s))/g;
      let glue: RegExpExecArray | null = null;
      for (let match = seam.exec(title); match; match = seam.exec(title)) {
        if (wordCount(title.slice(0, match.index + 1)) >= 3) {
          glue = match;
          break;
        }
      }
      if (glue) {
        const cut = related[0].length + glue.index + 1;
        take('related-link', line.slice(0, cut), 'a related-article link, glued to the sentence after it');
        line = line.slice(cut).trim();
      } else {
        take('related-link', line, 'a related-article link');
        continue;
      }
    }
    if (kept.length <= 2 && !(kept.length === 0 && isHeadlineText(line) && index + 1 < all.length)) {
      const dateline = DATELINE_PREFIX.exec(line);
      if (dateline && /[A-Z]{3,}/.test(dateline[1]!)) {
        take('dateline', dateline[0], 'a dateline before the first sentence');
        line = line.slice(dateline[0].length);
      }
    }
    kept.push(line);
  }
  // An agency credit glued to the end of the last paragraph ("…that is war.”agencies").
  const last = kept.length - 1;
  const wire = last >= 0 ? WIRE_SUFFIX.exec(kept[last]!) : null;
  if (wire && last > 0) {
    const cut = wire.index + wire[1]!.length;
    take('wire-credit', kept[last]!.slice(cut), 'an agency credit glued to the last paragraph');
    kept[last] = kept[last]!.slice(0, cut);
  }
  const headings: number[] = [];
  const headline = kept.length > 1 && isHeadlineText(kept[0]!) ? kept[0] : undefined;
  if (headline) headings.push(0);
  kept.forEach((paragraph, at) => {
    if (at > 0 && isHeadlineText(paragraph) && wordCount(paragraph) <= 12 && /^[A-Z]/.test(paragraph)) headings.push(at);
  });
  return { ...(headline ? { headline } : {}), paragraphs: kept, headings, removed, ...result };
}

/** A line that reads as a heading: not a sentence (no final stop or closing quote) and not too long. */
function isHeadlineText(line: string): boolean {
  return !endsSentence(line) && line.length <= 200 && wordCount(line) >= 2;
}
