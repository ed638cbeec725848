/**
 * Every URL the site publishes is built here, so a page type's address is
 * defined once. Published URLs never change (see the URL manifest test).
 * Used by every view and page at build time, and shipped to the browser inside anchor-fallback: it imports nothing.
 */
/** A statement's page. On its own, so that browser scripts (anchor-fallback) bundle this and not the whole table. */
export const statementPath = (id: string) => `/statements/${id}/`;

/** Page 1 of a list keeps the list's own URL; the others are `<list>page/<n>/`. */
const paged = (list: string, page: number) => (page <= 1 ? list : `${list}page/${page}/`);

export const urls = {
  home: () => '/',
  statements: (page = 1) => paged('/statements/', page),
  statement: statementPath,
  /** A statement's quote card, the image its link previews show. */
  statementCard: (id: string) => `/statements/${id}/card.png`,
  /** A statement's embed page, the one page other sites may frame, and its oEmbed answer. */
  statementEmbed: (id: string) => `/statements/${id}/embed/`,
  statementOembed: (id: string) => `/statements/${id}/oembed.json`,
  /** A speaker's, side's or topic's feed: its newest statements. */
  speakerFeed: (id: string) => `/speakers/${id}/feed.xml`,
  sideFeed: (side: string) => `/sides/${side}/feed.xml`,
  topicFeed: (topic: string) => `/topics/${topic}/feed.xml`,
  speakers: (page = 1) => paged('/speakers/', page),
  speaker: (id: string, page = 1) => paged(`/speakers/${id}/`, page),
  /** A statement's anchor on the page of its speaker's list that holds it. */
  speakerStatement: (speakerId: string, statementId: string, page = 1) => `${urls.speaker(speakerId, page)}#${statementId}`,
  /** The sides, each with its counts. */
  sides: () => '/sides/',
  /** A side's page: its speakers and statements. */
  side: (side: string, page = 1) => paged(`/sides/${side}/`, page),
  /** Where the sources differ: wordings, names, accounts of the same facts. */
  differences: (page = 1) => paged('/differences/', page),
  topics: () => '/topics/',
  topic: (id: string, page = 1) => paged(`/topics/${id}/`, page),
  talksIndex: () => '/talks/',
  talks: (id: string, page = 1) => paged(`/talks/${id}/`, page),
  events: () => '/events/',
  event: (id: string, page = 1) => paged(`/events/${id}/`, page),
  timeline: (page = 1) => paged('/timeline/', page),
  sources: (page = 1) => paged('/sources/', page),
  source: (id: string) => `/sources/${id}/`,
  /** The id of a paragraph (0-based index) on its source page: the anchor readers link to. */
  paragraphAnchor: (paragraph: number) => `p${paragraph + 1}`,
  /** An excerpt's anchor on its source page. */
  sourceParagraph: (sourceId: string, paragraph: number) => `/sources/${sourceId}/#${urls.paragraphAnchor(paragraph)}`,
  /** Words inside a paragraph of a source: its anchor and a text directive (see text-fragment.ts), e.g. `/sources/x/#p3:~:text=…`. */
  sourceWords: (sourceId: string, paragraph: number, directive: string) => `${urls.sourceParagraph(sourceId, paragraph)}:~:${directive}`,
  /** The search page for these parameters; a list gives its parameter once per value (`speaker=a&speaker=b`). */
  search: (params: Record<string, string | readonly string[]> = {}) => {
    const query = new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : value.map((each) => [name, each])))).toString();
    return query ? `/search/?${query}` : '/search/';
  },
  data: () => '/data/',
  /** A published data file (`statements` → `/data/statements.json`) and its JSON Schema. */
  dataFile: (name: string) => `/data/${name}.json`,
  dataSchema: (name: string) => `/data/schema/${name}.schema.json`,
  statementsCsv: () => '/data/statements.csv',
  /** The RSS feed of statements. */
  feed: () => '/statements.xml',
  /** Every correction of the site's entries, newest first, and its feed. */
  corrections: (page = 1) => paged('/corrections/', page),
  correctionsFeed: () => '/corrections.xml',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  /** The search filters' id → label tables, read by the search page. */
  searchFacets: () => '/search/facets.json',
  /** Pagefind's JS API and its highlighter, written by the build beside the pages. Browser scripts write these out (see routes test). */
  pagefind: () => '/pagefind/pagefind.js',
  pagefindHighlight: () => '/pagefind/pagefind-highlight.js',
} as const;

/** An absolute URL on the published site, for canonical links, previews and citations. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('`site` must be set in astro.config.mjs to build absolute URLs');
  return new URL(path, site).href;
}

/**
 * The address shown and copied for a page before the browser knows better:
 * the canonical URL when the build has a real `SITE_URL`, the path alone when
 * it has only the placeholder (which never loads). A script replaces it with
 * the address the page was loaded from (`src/scripts/copy.ts`).
 */
export function shownUrl(path: string, site: URL | string | undefined, placeholder: string): string {
  const absolute = absoluteUrl(path, site);
  return new URL(absolute).origin === new URL(placeholder).origin ? path : absolute;
}

/**
 * Pages that moved: old path → new path. Each old path answers with a small
 * page of the site's own (valid HTML, the site's language and CSP) that sends
 * the reader on; the sitemap leaves it out. Published URLs never die.
 */
export const MOVED_PAGES: Readonly<Record<string, string>> = {
  // The topic's label took one side's word ("regime"); it is now named neutrally.
  '/topics/taliban-regime/': '/topics/taliban-government/',
};

/**
 * The sections whose entry pages are searchable (their layout marks the body
 * for Pagefind): one page per statement, speaker, source, talks and event,
 * never a list or a later page of one.
 */
export const SEARCHABLE_SECTIONS = ['statements', 'speakers', 'sources', 'talks', 'events'] as const;

/** The files Pagefind reads, as its `--glob`: it then skips the thousands of list pages it would only open to find nothing to index. */
export const SEARCHABLE_GLOB = `{${SEARCHABLE_SECTIONS.join(',')}}/*/index.html`;

/** Whether a built file (relative to `dist/`) is one Pagefind reads. */
export function isSearchableFile(file: string): boolean {
  const [section, id, name, ...rest] = file.split('/');
  return rest.length === 0 && name === 'index.html' && id !== undefined && (SEARCHABLE_SECTIONS as readonly string[]).includes(section ?? '');
}
