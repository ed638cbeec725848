import { urls } from './urls.ts';

/** An entry id (as SLUG_PATTERN in schemas/shared.ts; not imported, to keep zod out of the page's script). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where a speaker page's anchor should send the reader when the page does not
 * hold it: the statement's own page, for an anchor that is a statement id;
 * nowhere (null) when the anchor is on the page, empty or not an id.
 */
export function anchorFallback(hash: string, onPage: (id: string) => boolean): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (id === '' || !ID.test(id) || onPage(id)) return null;
  return urls.statement(id);
}
