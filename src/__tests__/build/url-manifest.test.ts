import { describe, expect, it } from 'vitest';
import { fileOfUrl, mergeManifest, publishedUrls, redirectTarget, speakerAnchors, urlOfFile } from '../../lib/build/url-manifest.ts';

describe('URL manifest helpers', () => {
  it('maps built files to URLs and back', () => {
    expect(urlOfFile('statements/a/index.html')).toBe('/statements/a/');
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('data/statements.csv')).toBe('/data/statements.csv');
    expect(fileOfUrl('/speakers/x/#s1')).toBe('/speakers/x/index.html');
  });
  it('leaves out assets, the search index and the 404 page', () => {
    expect(publishedUrls(['index.html', '_astro/a.css', 'pagefind/pagefind.js', '404.html', '_headers', 'robots.txt'], ['/speakers/x/#a'])).toEqual([
      '/',
      '/robots.txt',
      '/speakers/x/#a',
    ]);
  });
  it("gives each statement's anchor on its speaker's page", () => {
    expect(speakerAnchors([{ id: 'asif-caves-warning', speaker: { id: 'khawaja-asif' } }])).toEqual(['/speakers/khawaja-asif/#asif-caves-warning']);
  });
  it('never drops a URL when merging', () => {
    expect(mergeManifest(['/old/', '/b/'], ['/b/', '/a/'])).toEqual(['/a/', '/b/', '/old/']);
  });
  it("reads the target of Astro's redirect page", () => {
    expect(redirectTarget('<title>Redirecting to: /new/</title><meta http-equiv="refresh" content="0;url=/new/">')).toBe('/new/');
    expect(redirectTarget('<html></html>')).toBeNull();
  });
});
