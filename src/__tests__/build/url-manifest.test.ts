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

describe('speaker anchors', () => {
  it('point at the page of the speaker list that holds each statement, counting per speaker', () => {
    const statements = [
      { id: 'a1', speaker: { id: 'a' } },
      { id: 'b1', speaker: { id: 'b' } },
      { id: 'a2', speaker: { id: 'a' } },
      { id: 'a3', speaker: { id: 'a' } },
      { id: 'b2', speaker: { id: 'b' } },
    ];
    expect(speakerAnchors(statements, 2)).toEqual(['/speakers/a/#a1', '/speakers/b/#b1', '/speakers/a/#a2', '/speakers/a/page/2/#a3', '/speakers/b/#b2']);
  });

  it('stay where they were when statements are added after them', () => {
    const before = Array.from({ length: 7 }, (_, index) => ({ id: `s${index}`, speaker: { id: 'a' } }));
    const after = [...before, { id: 'new', speaker: { id: 'a' } }, { id: 'other', speaker: { id: 'b' } }];
    expect(speakerAnchors(after, 3).slice(0, before.length)).toEqual(speakerAnchors(before, 3));
  });
});
