/**
 * Keeps the Pagefind Component UI and the address bar in step, which Pagefind
 * does not do itself (Pagefind issues #819 and #588): the URL is read on load
 * and on Back/Forward, and rewritten on every search.
 */
import { hasCriteria, queryFromState, stateFromQuery, type FacetLabels, type SearchState } from '../lib/search-state.ts';

interface PagefindInstance {
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: SearchState['filters']): void;
  on(event: 'search', callback: (term: string, filters: SearchState['filters']) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

// Built by Pagefind after Astro, so it is loaded at run time, not bundled.
const COMPONENT_UI = '/pagefind/pagefind-component-ui.js';

export async function startSearchPage(): Promise<void> {
  const labels = JSON.parse(document.getElementById('search-facets')?.textContent ?? '{}') as FacetLabels;
  await import(/* @vite-ignore */ COMPONENT_UI);
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;

  // In faceted mode Pagefind runs an empty search once its index has loaded, which would
  // wipe a term set earlier; so load first, ignoring the events, then apply the URL.
  let restoring = true;
  await instance.triggerLoad();
  restoring = false;

  const restore = () => {
    const state = stateFromQuery(location.search, labels);
    restoring = true;
    instance.triggerSearchWithFilters(state.term, state.filters);
    restoring = false;
  };

  let lastFilters = queryFromState({ term: '', filters: stateFromQuery(location.search, labels).filters }, labels);
  instance.on('search', (term, filters) => {
    if (restoring) return;
    const query = queryFromState({ term, filters: filters ?? {} }, labels);
    if (query === location.search) return;
    const filtersNow = queryFromState({ term: '', filters: filters ?? {} }, labels);
    // A change of filters is a step Back can return to; typing only refines the current step.
    if (filtersNow !== lastFilters) history.pushState(null, '', `${location.pathname}${query}`);
    else history.replaceState(null, '', `${location.pathname}${query}`);
    lastFilters = filtersNow;
  });
  window.addEventListener('popstate', () => {
    lastFilters = queryFromState({ term: '', filters: stateFromQuery(location.search, labels).filters }, labels);
    restore();
  });

  if (hasCriteria(stateFromQuery(location.search, labels))) restore();
  document.querySelector('[data-search-root]')?.setAttribute('data-search-ready', '');
}
