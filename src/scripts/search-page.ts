/**
 * The search page on Pagefind's JS API: the URL is the state, results are
 * statement cards built from each page's `card` meta, filters show counts
 * from the search response. The logic lives in src/lib (search-state,
 * search-describe, search-card); this module only wires it to the page.
 *
 * The counts in the filter panel come from a second Pagefind instance that
 * loads every facet's filter data, only once the reader turns to the panel
 * (points at it, moves focus into it, or opens it). Pagefind counts every
 * loaded filter on every search: at 10,000 statements that data is 150 KB
 * and makes each search about five times slower, so the instance that finds
 * the results never loads it, and the counts follow the results.
 *
 * Both instances run in Pagefind's web worker. On the page itself (`noWorker`)
 * a search at 10,000 statements was faster (about 32 ms against 50 once the
 * word's index is loaded), but Pagefind's start-up (inflating its WebAssembly
 * and metadata) then blocked the page while the reader began to type:
 * Lighthouse's mobile total blocking time was 540-620 ms against 90-130 ms at
 * 10,000 statements, and the search page scored 92-94 instead of 99-100 today.
 */
import { statementCard, decodeCardMeta, excerptSegments, resultHref, type Segment } from '../lib/search/card.ts';
import { facetOptions, filterChips, noMatchSentence, noResultSentence, resultSentence, searchHeading, searchTitle, type Elsewhere } from '../lib/search/describe.ts';
import { beginsAWordIn, exactTerm, missingWords } from '../lib/search/real-matches.ts';
import { resultTopicNote, topicWordsClause, type TopicWords } from '../lib/search/topic-words.ts';
import {
  DEFAULT_SCOPE,
  FILTER_FACETS,
  PAGE_TYPES,
  hasCriteria,
  historyStep,
  pagefindFilters,
  parseQuery,
  rankFirst,
  speakerNamed,
  toggleFilter,
  unknownNotice,
  type FacetLabels,
  type FilterFacet,
  type Scope,
  type SearchState,
} from '../lib/search/state.ts';

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  weighted_locations?: { weight: number }[];
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
type Counts = Record<string, Record<string, number>>;
interface Response {
  results: Result[];
  filters: Counts;
  /** Counts over every page the words match, before any filter (the scope included). */
  totalFilters?: Counts;
  unfilteredResultCount?: number;
}
/** The filter labels of `/search/facets.json`, and each topic's search words. */
type SearchLabels = FacetLabels & { topicWords?: TopicWords };
interface Pagefind {
  options(options: object): Promise<void>;
  search(term: string | null, options: { filters: object }): Promise<Response | null>;
  filters(): Promise<Counts>;
  init(): Promise<void>;
  preload(term: string, options?: { filters: object }): Promise<void>;
  createInstance(options?: object): Pagefind;
}

// Built by Pagefind after Astro, so they are loaded at run time, not bundled.
// urls.pagefind() and urls.searchFacets(), written out: importing urls.ts here would make it a chunk shared with other scripts (a test checks they agree).
const PAGEFIND = '/pagefind/pagefind.js';
const FACETS_JSON = '/search/facets.json';
const PAGE_SIZE = 10;
/** Options shown at once in a long facet (speakers, sources); the narrowing box finds the rest. */
const MAX_OPTIONS = 20;
const TYPING_DELAY = 250;

const $ = <T extends Element>(root: ParentNode, selector: string) => {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
};

function appendSegments(parent: Element, segments: readonly Segment[]) {
  for (const segment of segments) {
    if (segment.mark) parent.append(Object.assign(document.createElement('mark'), { textContent: segment.text }));
    else parent.append(segment.text);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A statement result, as the site's statement cards show it: the whole card is its link. */
function statementItem(fragment: Fragment, term: string, topicWords: TopicWords): HTMLLIElement | undefined {
  const meta = decodeCardMeta(fragment.meta.card);
  if (!meta) return undefined;
  const card = statementCard(fragment.url, meta, term);
  // The same card as every list's (StatementCard.astro): words, who, the site's summary, the source.
  const item = element('li', `statement-card search-card edge--${card.sideId}`);
  const quote = element('p', card.label ? 'statement-card__quote statement-card__quote--reported' : 'statement-card__quote');
  if (card.label) quote.append(element('span', 'statement-card__kind', `${card.label}: `));
  const link = element('a', 'statement-card__link search-card__link');
  link.href = card.href;
  appendSegments(link, card.words);
  quote.append(link);
  const speaker = element('p', 'statement-card__speaker search-card__speaker', `${card.speakerLine} `);
  speaker.append(element('span', `statement-card__side side side--${card.sideId}`, card.side));
  const summary = element('p', 'statement-card__summary search-card__summary');
  appendSegments(summary, card.summary);
  const source = element('p', 'statement-card__source', `${card.kindLabel} · ${card.sources}`);
  item.append(quote, speaker, summary, source);
  if (meta.corrected) item.append(element('p', 'statement-card__corrected', meta.corrected));
  // Found through the site's topic words, not the source's: the card says so.
  const through = resultTopicNote({
    term,
    shownText: [meta.quote, meta.summary, meta.speaker, meta.role ?? ''].join(' '),
    topics: fragment.filters.topic ?? [],
    topicWords,
    weights: (fragment.weighted_locations ?? []).map((location) => location.weight),
  });
  if (through) item.append(element('p', 'statement-card__through search-card__through', through));
  return item;
}

/** A page that is not a statement: its title, its kind and Pagefind's excerpt. */
function otherItem(fragment: Fragment, term: string): HTMLLIElement {
  const item = element('li', 'statement-card search-card');
  const title = element('p', 'statement-card__quote');
  const link = element('a', 'statement-card__link search-card__link', fragment.meta.title ?? fragment.url);
  link.href = resultHref(fragment.url, term);
  title.append(link);
  const type = element('p', 'statement-card__source', fragment.filters.type?.join(', ') ?? '');
  const excerpt = element('p', 'statement-card__summary search-card__summary');
  appendSegments(excerpt, excerptSegments(fragment.excerpt));
  item.append(title, type, excerpt);
  return item;
}

export async function startSearchPage(): Promise<void> {
  const root = $<HTMLElement>(document, '[data-search-root]');
  // Pagefind starts loading its engine, metadata and the index for the words in the address while the filter labels arrive.
  const words = new URLSearchParams(location.search).get('q')?.trim();
  const starting = (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 30 });
    void (words ? pagefind.preload(words) : pagefind.init());
    return pagefind;
  });
  const [pagefind, labels] = await Promise.all([starting, fetch(FACETS_JSON).then((response) => response.json() as Promise<SearchLabels>)]);
  const topicWords = labels.topicWords ?? {};

  const form = $<HTMLFormElement>(root, '[data-search-form]');
  const input = $<HTMLInputElement>(root, '[data-search-input]');
  const heading = $<HTMLElement>(document, '[data-search-heading]');
  const notice = $<HTMLElement>(root, '[data-search-notice]');
  const status = $<HTMLElement>(root, '[data-search-status]');
  const resultsHeading = $<HTMLElement>(root, '[data-results-heading]');
  const elsewhereList = $<HTMLUListElement>(root, '[data-elsewhere]');
  const help = root.ownerDocument.querySelector<HTMLDetailsElement>('[data-search-help]');
  const list = $<HTMLOListElement>(root, '[data-results]');
  const more = $<HTMLButtonElement>(root, '[data-more]');
  const chips = $<HTMLUListElement>(root, '[data-chips]');
  const panel = $<HTMLElement>(root, '[data-filters]');
  const toggle = $<HTMLButtonElement>(root, '[data-filters-toggle]');
  const narrowBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-narrow]')];
  const baseTitle = document.title;
  const baseHeading = heading.textContent ?? '';

  let state: SearchState = { term: '', filters: {}, scope: DEFAULT_SCOPE };
  let results: Result[] = [];
  let shown = 0;
  let generation = 0;
  let counter: Pagefind | undefined;
  let counts: Partial<Record<FilterFacet, Record<string, number>>> = {};

  /** Options of every facet: all labels, with the counts of the current search once filter data is loaded. */
  function renderFilters() {
    for (const facet of FILTER_FACETS) {
      const options = $<HTMLUListElement>(panel, `[data-facet="${facet}"] [data-options]`);
      const selected = state.filters[facet] ?? [];
      const facetCounts = counts[facet];
      const narrowBox = narrowBoxes.find((box) => box.dataset.narrow === facet);
      const narrowTo = narrowBox?.value ?? '';
      const { values, total } = facetOptions({ values: Object.values(labels[facet]), selected, counts: facetCounts, narrowTo, max: narrowBox ? MAX_OPTIONS : undefined });
      options.replaceChildren(
        ...values.map((value) => {
          const item = element('li');
          const label = element('label');
          const box = element('input');
          box.type = 'checkbox';
          box.value = value;
          box.checked = selected.includes(value);
          box.addEventListener('change', () => update(toggleFilter(state, facet, value, box.checked), 'push'));
          label.append(box, ` ${value}`);
          if (facetCounts) label.append(' ', element('span', 'facet__count', `(${facetCounts[value] ?? 0})`));
          item.append(label);
          return item;
        }),
      );
      if (values.length === 0) options.replaceChildren(element('li', 'muted', narrowTo.trim() ? 'None by that name here.' : 'None in these results.'));
      else if (values.length < total) options.append(element('li', 'muted facet__more', `${values.length} of ${total} shown: type a name above to find the others.`));
    }
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    toggle.textContent = active ? `Filters (${active} on)` : 'Filters';
  }

  function renderChips() {
    const items = filterChips(state).map((chip) => {
      const item = element('li');
      const button = element('button', 'search-chip');
      button.type = 'button';
      button.append(element('span', undefined, chip.text), element('span', 'search-chip__x', ' ×'));
      button.setAttribute('aria-label', `Remove filter ${chip.text}`);
      button.addEventListener('click', () => {
        update(chip.values.reduce((next, value) => toggleFilter(next, chip.facet, value, false), state), 'push');
        input.focus();
      });
      item.append(button);
      return item;
    });
    chips.replaceChildren(...items);
    chips.hidden = items.length === 0;
  }

  async function showMore() {
    const mine = generation;
    const next = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (mine !== generation) return;
    for (const fragment of fragments) {
      const item = state.scope === 'statement' ? statementItem(fragment, state.term, topicWords) : otherItem(fragment, state.term);
      if (item) list.append(item);
    }
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  /** Counts for each facet: a facet with a selection is counted as if its own values were not chosen, so its other values stay offered. */
  async function facetCounts(instance: Pagefind): Promise<typeof counts> {
    const result: typeof counts = {};
    // No match, no counts: what Pagefind found for a prefix is not counted either.
    if (missing.length) return Object.fromEntries(FILTER_FACETS.map((facet) => [facet, {}]));
    const all = await instance.search(state.term || null, { filters: pagefindFilters(state) });
    for (const facet of FILTER_FACETS) {
      if (!state.filters[facet]?.length) {
        result[facet] = all?.filters[facet] ?? {};
        continue;
      }
      const without = { ...state, filters: { ...state.filters, [facet]: [] } };
      const other = await instance.search(state.term || null, { filters: pagefindFilters(without) });
      result[facet] = other?.filters[facet] ?? {};
    }
    return result;
  }

  /** Known answers of `holds`, per word: the index does not change while the page is open. */
  const held = new Map<string, Promise<boolean>>();
  /**
   * Whether the index holds a word, or the beginning of one: an exact search finds it,
   * or a page found for it has a word starting with it (not a shorter prefix Pagefind fell back to).
   */
  function holds(word: string): Promise<boolean> {
    const key = word.toLowerCase();
    const known = held.get(key);
    if (known) return known;
    const answer = (async () => {
      if ((await pagefind.search(exactTerm(word), { filters: {} }))?.results.length) return true;
      const [first] = (await pagefind.search(word, { filters: {} }))?.results ?? [];
      return first ? beginsAWordIn(word, (await first.data()).content) : false;
    })();
    held.set(key, answer);
    return answer;
  }

  /** The searched words the index does not hold; while there are any, nothing matches. */
  let missing: string[] = [];

  /** The other side of the scope switch: everything else for statements, statements for any other scope. */
  const complementOf = (scope: Scope): Scope => (scope === 'statement' ? 'other' : 'statement');
  const OTHER_TYPE_LABELS = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'statement').map(([, label]) => label);

  /**
   * How many pages the other scope has for this search, by page type
   * ("Event" → 1, "Statement" → 4). Without filters, Pagefind's counts over
   * every page the words match answer it with no second search; with
   * filters (which other pages carry differently) it is searched.
   */
  async function complementKinds(response: Response): Promise<Record<string, number>> {
    const complement = complementOf(state.scope);
    const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
    if (!hasFilters && response.totalFilters?.type && response.unfilteredResultCount !== undefined) {
      const types = response.totalFilters.type;
      const others = Object.fromEntries(OTHER_TYPE_LABELS.map((label) => [label, types[label] ?? 0]));
      const otherTotal = Object.values(others).reduce((sum, count) => sum + count, 0);
      return complement === 'statement' ? { [PAGE_TYPES.statement]: response.unfilteredResultCount - otherTotal } : others;
    }
    const found = await pagefind.search(state.term, { filters: pagefindFilters({ ...state, scope: complement }) });
    if (complement === 'statement') return { [PAGE_TYPES.statement]: found?.results.length ?? 0 };
    return Object.fromEntries(OTHER_TYPE_LABELS.map((label) => [label, found?.filters.type?.[label] ?? 0]));
  }

  /** The pages of the other scope, named and linked, for a search this scope has nothing for. */
  async function elsewhere(kinds: Record<string, number>): Promise<Elsewhere & { links: { href: string; title: string }[] }> {
    if (state.scope !== 'statement') return { kinds, titles: [], links: [] };
    const found = await pagefind.search(state.term, { filters: pagefindFilters({ ...state, scope: 'other' }) });
    const fragments = await Promise.all((found?.results ?? []).slice(0, 3).map((result) => result.data()));
    const links = fragments.map((fragment) => ({ href: resultHref(fragment.url, state.term), title: fragment.meta.title ?? fragment.url }));
    return { kinds, titles: links.map((link) => link.title), links };
  }

  /** The scope switch says how many results each side has for the words searched. */
  function renderScopeCounts(count: number | undefined, complementCount: number | undefined) {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-scope]')) {
      const slot = button.querySelector<HTMLElement>('[data-scope-count]');
      if (!slot) continue;
      const mine = button.getAttribute('aria-pressed') === 'true';
      const value = mine ? count : complementCount;
      // A count badge, read as "Statements: 2".
      slot.replaceChildren(...(value === undefined ? [] : [element('span', 'visually-hidden', ': '), element('span', 'scope-count', String(value))]));
    }
  }

  let helpFolded = false;
  /** Set by a search the reader submitted: focus goes to the results heading once they are shown. */
  let focusResults = false;

  async function search() {
    const mine = ++generation;
    // The counts on show belong to the last search until this one's are counted: hidden (CSS) rather than wrong.
    if (counter) panel.setAttribute('aria-busy', 'true');
    const [response, absent] = await Promise.all([pagefind.search(state.term || null, { filters: pagefindFilters(state) }), missingWords(state.term, holds)]);
    if (!response || mine !== generation) return;
    missing = absent;
    // Pagefind answers a word it lacks with the pages of its longest indexed prefix: those are not matches.
    results = missing.length ? [] : response.results;
    // A speaker's name puts that speaker's statements first.
    const named = state.scope === 'statement' ? speakerNamed(state.term, Object.values(labels.speaker)) : undefined;
    if (named && results.length) {
      const theirs = await pagefind.search(state.term, { filters: { ...pagefindFilters(state), speaker: named } });
      if (mine !== generation) return;
      results = rankFirst(results, new Set(theirs?.results.map((result) => result.id)));
    }
    // The other scope's count, for words (a missing word is on no page at all).
    const kinds = state.term && !missing.length ? await complementKinds(response) : undefined;
    const complementCount = kinds && Object.values(kinds).reduce((sum, count) => sum + count, 0);
    const away = kinds && complementCount && results.length === 0 ? await elsewhere(kinds) : undefined;
    if (mine !== generation) return;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (mine !== generation) return;
    // Announced once the cards it counts are on the page.
    status.textContent = sentenceFor(away ?? (kinds ? { kinds: {}, titles: [] } : undefined));
    elsewhereList.replaceChildren(
      ...(away?.links ?? []).map((link) => {
        const item = element('li');
        const anchor = element('a', undefined, link.title);
        anchor.href = link.href;
        item.append(anchor);
        return item;
      }),
    );
    elsewhereList.hidden = !away?.links.length;
    renderScopeCounts(state.term ? results.length : undefined, state.term ? (complementCount ?? 0) : undefined);
    renderFilters();
    root.setAttribute('data-search-ready', '');
    if (focusResults) {
      focusResults = false;
      resultsHeading.focus();
    }
    await updateCounts(mine);
  }

  /** The sentence that says what was found: the count, no match for a missing word, or where else the words are. */
  function sentenceFor(away: Elsewhere | undefined): string {
    if (missing.length) return noMatchSentence(missing, state);
    if (results.length === 0 && state.term) return noResultSentence(state, away);
    const clause = state.scope === 'statement' ? topicWordsClause(state.term, topicWords) : undefined;
    const sentence = resultSentence(results.length, state);
    return clause ? `${sentence}, ${clause}` : sentence;
  }

  /** The counts for the current search, after its results, once the counting instance exists. */
  async function updateCounts(mine: number) {
    if (!counter) return;
    const next = await facetCounts(counter);
    if (mine !== generation) return;
    counts = next;
    renderFilters();
    panel.removeAttribute('aria-busy');
  }

  /** Starts counting, once: a second instance loads every facet's filter data. */
  async function loadAllFilters() {
    if (counter) return;
    counter = pagefind.createInstance();
    await counter.filters();
    await updateCounts(generation);
  }

  function render() {
    // Only when it differs: rewriting the box while someone types would eat the space they just typed.
    if (input.value.trim() !== state.term) input.value = state.term;
    const described = hasCriteria(state) || state.scope !== DEFAULT_SCOPE;
    heading.textContent = described ? searchHeading(state) : baseHeading;
    document.title = searchTitle(state, baseTitle);
    // The help folds away once, at the first search, so the results start within a phone's first screen; the reader can open it again.
    if (help && described && !helpFolded) {
      help.open = false;
      helpFolded = true;
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-scope]')) {
      const scope = button.dataset.scope;
      button.setAttribute('aria-pressed', String(scope === state.scope || (scope === 'other' && state.scope !== 'statement')));
    }
    renderChips();
    renderFilters();
  }

  function update(next: SearchState, mode: 'push' | 'auto') {
    const step = historyStep(location.search, next, labels);
    const action = mode === 'push' && step.action === 'replace' ? 'push' : step.action;
    if (action === 'push') history.pushState(null, '', `${location.pathname}${step.query}`);
    if (action === 'replace') history.replaceState(null, '', `${location.pathname}${step.query}`);
    state = next;
    render();
    void search();
  }

  function restore() {
    const parsed = parseQuery(location.search, labels);
    state = parsed.state;
    const message = unknownNotice(parsed.unknown);
    notice.textContent = message ?? '';
    notice.hidden = message === undefined;
    render();
    void search();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // The index for the words loads while the reader pauses, so the search after the pause only searches.
    // Not for a single letter, whose prefix can span index files the finished word will not need.
    const typed = input.value.trim();
    if (typed.length > 1) pagefind.preload(typed, { filters: pagefindFilters(state) }).catch(() => {});
    typing = setTimeout(() => update({ ...state, term: input.value.trim() }, 'auto'), TYPING_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    focusResults = true;
    update({ ...state, term: input.value.trim() }, 'auto');
  });
  // From the box, Arrow Down goes to the first result.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-scope]')) {
    button.addEventListener('click', () => {
      const scope = (button.dataset.scope ?? DEFAULT_SCOPE) as Scope;
      if (scope in PAGE_TYPES || scope === 'other') update({ ...state, scope }, 'push');
    });
  }
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.toggleAttribute('data-open', open);
    if (open) void loadAllFilters();
  });
  panel.addEventListener('pointerenter', () => void loadAllFilters());
  panel.addEventListener('focusin', () => void loadAllFilters());
  for (const box of narrowBoxes) box.addEventListener('input', renderFilters);
  more.addEventListener('click', () => {
    const first = shown;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', restore);

  root.hidden = false;
  restore();
}
