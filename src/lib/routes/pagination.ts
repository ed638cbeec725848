/**
 * How lists are split into pages (page sizes, page of an item, headings like "(60): 26–50", the
 * static paths of pages 2 and after). Used by views, pages and the URL manifest; runs at build time.
 */
export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** Index of the first item on this page, 1-based, for "41–60 of 230". */
  first: number;
  last: number;
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageOf<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive whole number, not ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => {
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      items: pageItems,
      page: index + 1,
      pageCount,
      total: items.length,
      first: pageItems.length ? start + 1 : 0,
      last: start + pageItems.length,
    };
  });
}

/** How many statements an index page lists. */
export const PAGE_SIZE = 25;

/**
 * How many statements a speaker's page lists. Large enough that most
 * speakers fit on one page; statements are listed in the order the sources
 * report them, so new articles add to the last page and a statement keeps its
 * page (and its anchor, `/speakers/<id>/#<statement>` on page 1).
 */
export const SPEAKER_PAGE_SIZE = 50;

/**
 * How many statements a talks page lists under its story: few, so the story, the parties and the first statements
 * fit in a few phone screens; the rest follow on its later pages (all of them are also on the topic page).
 */
export const TALKS_PAGE_SIZE = 8;

/** How many rows a page of the timeline holds. */
export const TIMELINE_PAGE_SIZE = 100;

/** How many speakers or sources a page of their index lists. */
export const INDEX_PAGE_SIZE = 100;

/** The page (1-based) that holds the item at `index` (0-based) when pages hold `size` items. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/** A list's heading with its total, and on a list of several pages the part shown: "Statements about the talks (6988): 26–50". */
export function listHeading(label: string, page: Pick<PageOf<unknown>, 'total' | 'pageCount' | 'first' | 'last'>): string {
  return `${label} (${page.total})${page.pageCount > 1 ? `: ${page.first}–${page.last}` : ''}`;
}

/** Static paths for pages 2 and after of each entry's list (page 1 is the entry's own page): `/<section>/<id>/page/<n>/`. */
export function laterPagePaths<E extends { id: string }, T>(entries: readonly E[], itemsOf: (entry: E) => readonly T[], size: number) {
  return entries.flatMap((entry) =>
    paginate(itemsOf(entry), size)
      .slice(1)
      .map((page) => ({ params: { id: entry.id, page: String(page.page) }, props: { entry, page } })),
  );
}
