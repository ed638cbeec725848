import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, isSearchableFile, SEARCHABLE_GLOB, shownUrl, urls } from '../../lib/routes/urls.ts';

describe('urls', () => {
  it('builds readable, trailing-slash URLs from ids', () => {
    expect(urls.statement('asif-caves-warning')).toBe('/statements/asif-caves-warning/');
    expect(urls.speakerStatement('khawaja-asif', 'asif-caves-warning')).toBe('/speakers/khawaja-asif/#asif-caves-warning');
    expect(urls.sourceParagraph('x', 0)).toBe('/sources/x/#p1');
  });
  it('keeps page 1 of a list at the list itself', () => {
    expect(urls.statements(1)).toBe('/statements/');
    expect(urls.statements(3)).toBe('/statements/page/3/');
    expect(urls.topic('ttp', 2)).toBe('/topics/ttp/page/2/');
  });
  it('encodes search parameters', () => {
    expect(urls.search({ q: 'internal matter', speaker: 'taliban-delegation' })).toBe('/search/?q=internal+matter&speaker=taliban-delegation');
    expect(urls.search()).toBe('/search/');
    expect(urls.search({ speaker: ['khawaja-asif', 'attaullah-tarar'] })).toBe('/search/?speaker=khawaja-asif&speaker=attaullah-tarar');
  });
  it('makes absolute URLs and refuses to without a site', () => {
    expect(absoluteUrl('/statements/a/', 'https://example.org')).toBe('https://example.org/statements/a/');
    expect(() => absoluteUrl('/', undefined)).toThrow(/site/);
  });
});

describe('the pages Pagefind reads', () => {
  it('are the entry pages of the searchable sections, not list pages or later pages', () => {
    expect(SEARCHABLE_GLOB).toBe('{statements,speakers,sources,talks,events}/*/index.html');
    for (const file of ['statements/asif-caves-warning/index.html', 'speakers/khawaja-asif/index.html', 'talks/istanbul-talks/index.html']) expect(isSearchableFile(file), file).toBe(true);
    for (const file of ['statements/index.html', 'statements/page/2/index.html', 'speakers/khawaja-asif/page/2/index.html', 'topics/ttp/index.html', 'statements/x/card.png', 'index.html'])
      expect(isSearchableFile(file), file).toBe(false);
  });
});

describe('the address shown before the browser knows better', () => {
  it('is the canonical URL with a real SITE_URL, the path alone with the placeholder', () => {
    expect(shownUrl('/statements/x/', 'https://real.example.org', 'https://placeholder.example')).toBe('https://real.example.org/statements/x/');
    expect(shownUrl('/statements/x/', 'https://placeholder.example', 'https://placeholder.example')).toBe('/statements/x/');
  });
});

describe('paginated URLs', () => {
  it('keep page 1 at the list URL and number the others', () => {
    expect(urls.speaker('x')).toBe('/speakers/x/');
    expect(urls.speaker('x', 1)).toBe('/speakers/x/');
    expect(urls.speaker('x', 3)).toBe('/speakers/x/page/3/');
    expect(urls.speakerStatement('x', 's', 2)).toBe('/speakers/x/page/2/#s');
    expect(urls.timeline(2)).toBe('/timeline/page/2/');
    expect(urls.speakers(2)).toBe('/speakers/page/2/');
    expect(urls.sources(1)).toBe('/sources/');
    expect(urls.sources(4)).toBe('/sources/page/4/');
    expect(urls.talks('istanbul-talks')).toBe('/talks/istanbul-talks/');
    expect(urls.talks('istanbul-talks', 2)).toBe('/talks/istanbul-talks/page/2/');
    expect(urls.event('border-closure', 1)).toBe('/events/border-closure/');
    expect(urls.event('border-closure', 3)).toBe('/events/border-closure/page/3/');
  });
});

describe('addresses browser scripts write out', () => {
  // The scripts cannot import urls.ts without sharing a chunk with other scripts; this keeps their copies in step.
  it('are the ones urls.ts gives', () => {
    const script = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../', file), 'utf8');
    expect(script('scripts/search-page.ts')).toContain(`const PAGEFIND = '${urls.pagefind()}';`);
    expect(script('scripts/search-page.ts')).toContain(`const FACETS_JSON = '${urls.searchFacets()}';`);
    expect(script('components/HighlightSearchTerms.astro')).toContain(`const HIGHLIGHT_SCRIPT = '${urls.pagefindHighlight()}';`);
  });
});
