/**
 * Keeps the Pagefind Component UI and the address bar in step, which Pagefind
 * does not do itself (Pagefind issues #819 and #588): the URL is read on load
 * and on Back/Forward, and rewritten on every search.
 */
import { hasCriteria, historyStep, stateFromQuery, type FacetLabels, type SearchState } from '../lib/search-state.ts';

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
  // wipe a term set earlier; so load first, then apply the URL.
  await instance.triggerLoad();

  let restoring = false;
  const restore = () => {
    const state = stateFromQuery(location.search, labels);
    restoring = true;
    instance.triggerSearchWithFilters(state.term, state.filters);
    restoring = false;
  };

  instance.on('search', (term, filters) => {
    if (restoring) return;
    const step = historyStep(location.search, { term, filters: filters ?? {} }, labels);
    if (step.action === 'push') history.pushState(null, '', `${location.pathname}${step.query}`);
    if (step.action === 'replace') history.replaceState(null, '', `${location.pathname}${step.query}`);
  });
  window.addEventListener('popstate', restore);

  if (hasCriteria(stateFromQuery(location.search, labels))) restore();
  document.querySelector('[data-search-root]')?.setAttribute('data-search-ready', '');
}
