/**
 * Where a link to a statement on its speaker's page goes when the page no longer holds it.
 * Runs in the browser (SpeakerAnchorFallback's script) and in the content check: it imports only statementPath from urls.ts.
 */
import { statementPath } from './urls.ts';

/** An entry id (as SLUG_PATTERN in schemas/shared.ts; not imported, to keep zod out of the page's script). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ids of the sections of a speaker's page; SpeakerView gives its sections these ids. */
export const SPEAKER_SECTION = { statements: 'statements', byMembers: 'by-members', through: 'through' } as const;

/**
 * Every id on a speaker's page that is not a statement: the layout's main
 * content and the sections, present or not. A link to a section the page
 * lacks (`#by-members` on a body whose members have no statement) stays on
 * the page: it is not a statement that moved.
 */
export const SPEAKER_PAGE_SECTIONS: readonly string[] = ['content', ...Object.values(SPEAKER_SECTION)];

/**
 * Where a speaker page's anchor should send the reader when the page does not
 * hold it: the statement's own page, for an anchor that is a statement id;
 * nowhere (null) when the anchor is on the page, names one of the page's
 * sections, is empty or is not an id.
 */
export function anchorFallback(hash: string, onPage: (id: string) => boolean): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (id === '' || !ID.test(id) || onPage(id) || SPEAKER_PAGE_SECTIONS.includes(id)) return null;
  return statementPath(id);
}
