/**
 * Links to a statement's words inside its source's page: the paragraph's
 * anchor followed by a text directive (`/sources/x/#p3:~:text=…`), which
 * browsers that support text fragments scroll to and mark. The source page's
 * script (`src/scripts/source-mark.ts`) also parses the directive, marks the
 * words visibly in every browser and, where the browser did not (no support,
 * or the words not found), scrolls to the paragraph.
 * A plain `#pN` link, as published before, is unchanged.
 * Imports nothing, so the browser script bundles only this.
 */

/** A text directive's parts, as the spec names them: `text=[prefix-,]start[,end][,-suffix]`. */
export interface TextDirective {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  suffix?: string | undefined;
}

/** How many words a directive spells out in full; longer passages are their first and last words. */
const WHOLE_UP_TO = 10;
const EDGE_WORDS = 5;

// The directive's own separators ("-", ",", "&") must be escaped inside its terms; encodeURIComponent leaves "-".
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * The directive for the words `passage` of `paragraph` (exact, as the
 * paragraph gives them), with up to three words before it as a prefix so that
 * the same words elsewhere on the page are not marked instead; at the start of
 * a paragraph the prefix is its number, "¶3", which the source page prints first.
 */
export function directiveFor(paragraph: string, passage: { start: number; end: number }, paragraphNumber: number): TextDirective {
  const span = words(paragraph.slice(passage.start, passage.end));
  const before = words(paragraph.slice(0, passage.start));
  const prefix = before.length > 0 ? before.slice(-3).join(' ') : `¶${paragraphNumber}`;
  if (span.length <= WHOLE_UP_TO) return { prefix, start: span.join(' ') };
  return { prefix, start: span.slice(0, EDGE_WORDS).join(' '), end: span.slice(-EDGE_WORDS).join(' ') };
}

/** The directive as written after `:~:`. */
export function formatTextDirective(directive: TextDirective): string {
  const terms = [
    ...(directive.prefix ? [`${encodeTerm(directive.prefix)}-`] : []),
    encodeTerm(directive.start),
    ...(directive.end ? [encodeTerm(directive.end)] : []),
    ...(directive.suffix ? [`-${encodeTerm(directive.suffix)}`] : []),
  ];
  return `text=${terms.join(',')}`;
}

/** `#p3:~:text=…` → the anchor and the directive; null when the fragment has no text directive. */
export function parseTextDirective(fragment: string): { anchor: string; directive: TextDirective } | null {
  const match = /^#?([^:]*):~:(?:.*&)?text=([^&]+)/.exec(fragment);
  if (!match) return null;
  const terms = (match[2] ?? '').split(',');
  const decode = (term: string) => {
    try {
      return decodeURIComponent(term);
    } catch {
      return term;
    }
  };
  let prefix: string | undefined;
  let suffix: string | undefined;
  if (terms.length > 1 && terms[0]?.endsWith('-')) prefix = decode(terms.shift()!.slice(0, -1));
  if (terms.length > 1 && terms.at(-1)?.startsWith('-')) suffix = decode(terms.pop()!.slice(1));
  const [start, end] = terms.map(decode);
  if (!start) return null;
  return { anchor: match[1] ?? '', directive: { prefix, start, end, suffix } };
}

/**
 * Where a directive's words are in a text: from its start term (after the
 * prefix, when there is one) to the end of its end term, whitespace matched
 * loosely as browsers do; null when they are not there.
 */
export function findDirective(text: string, directive: TextDirective): { start: number; end: number } | null {
  const loose = (term: string) => term.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const lead = directive.prefix ? new RegExp(`${loose(directive.prefix)}\\s*(${loose(directive.start)})`) : new RegExp(`(${loose(directive.start)})`);
  const found = lead.exec(text);
  if (!found || found[1] === undefined) return null;
  const start = found.index + found[0].length - found[1].length;
  let end = start + found[1].length;
  if (directive.end) {
    const tail = new RegExp(loose(directive.end)).exec(text.slice(end));
    if (!tail) return null;
    end += tail.index + tail[0].length;
  }
  return { start, end };
}
