import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, type StaticServer, startStaticServer } from '../../__e2e__/helpers/server.ts';
import { listHtmlFiles, pageType, representativePages, urlPathForFile } from '../../__e2e__/helpers/dist.ts';

/** A miniature build, as the e2e helpers see `dist/`. */
function makeSite(withExtras: boolean) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dist-fixture-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('index.html', '<!doctype html><title>home</title>');
  write('statements/index.html', '<!doctype html><title>statements</title>');
  write('statements/a/index.html', '<!doctype html><title>a</title>');
  write('statements/bb/index.html', '<!doctype html><title>bb, the largest statement page</title>');
  write('statements/page/2/index.html', '<!doctype html><title>page 2</title>');
  write('search/index.html', '<!doctype html><title>search</title>');
  write('pagefind/pagefind.en_1.pf_meta', 'binary');
  write('pagefind/index.html', 'not a page of the site');
  write('_astro/x.css', 'body{}');
  write('app.wasm', 'wasm');
  if (withExtras) {
    write('404.html', '<!doctype html><title>not found</title>');
    write('_headers', "/*\n  Content-Security-Policy: default-src 'self'\n/statements/:id/\n  X-Robots-Tag: noindex\n");
  }
  return root;
}

describe('the e2e static server', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = makeSite(true);
    server = await startStaticServer(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (urlPath: string) => fetch(server.origin + urlPath, { redirect: 'manual' });

  it('listens on 127.0.0.1 at an ephemeral port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html for a directory URL with a trailing slash', async () => {
    const response = await get('/statements/a/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>a</title>');
  });

  it('redirects a directory URL without its slash, keeping the query', async () => {
    const response = await get('/statements/a?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/statements/a/?x=1');
  });

  it('answers 404 with 404.html for anything else, including paths that climb out of the root', async () => {
    for (const urlPath of ['/nope/', '/nope', '/statements/a/index.htm', '/..%2f..%2f..%2fetc/passwd']) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(await response.text(), urlPath).toContain('not found');
    }
  });

  it('does not serve _headers', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('applies the headers of _headers whose pattern matches, on pages, assets and 404s', async () => {
    const page = await get('/statements/a/');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    const asset = await get('/_astro/x.css');
    expect(asset.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(asset.headers.get('x-robots-tag')).toBeNull();
    expect((await get('/nope/')).headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('sends the right content types', async () => {
    expect((await get('/_astro/x.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/app.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/pagefind/pagefind.en_1.pf_meta')).headers.get('content-type')).toBe('application/octet-stream');
    expect(contentTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('robots.txt')).toBe('text/plain; charset=utf-8');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.pf_index')).toBe('application/octet-stream');
    expect(contentTypeFor('x.pf_fragment')).toBe('application/octet-stream');
    expect(contentTypeFor('wasm.en.pagefind')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetch(`${server.origin}/statements/a/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${server.origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers a plain 404 when the site has no 404.html', async () => {
    const bare = makeSite(false);
    const other = await startStaticServer(bare);
    try {
      const response = await fetch(`${other.origin}/nope/`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBeNull();
    } finally {
      await other.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('the e2e view of dist/', () => {
  let root: string;
  beforeAll(() => {
    root = makeSite(true);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the HTML pages, leaving out pagefind/', () => {
    expect(listHtmlFiles(root)).toEqual([
      '404.html',
      'index.html',
      'search/index.html',
      'statements/a/index.html',
      'statements/bb/index.html',
      'statements/index.html',
      'statements/page/2/index.html',
    ]);
  });

  it('maps files to the URL paths they are served at', () => {
    expect(urlPathForFile('index.html')).toBe('/');
    expect(urlPathForFile('statements/a/index.html')).toBe('/statements/a/');
    expect(urlPathForFile('404.html')).toBe('/404.html');
  });

  it('names page types by first segment and the shape of the rest', () => {
    expect(pageType('/')).toBe('/');
    expect(pageType('/404.html')).toBe('/404.html');
    expect(pageType('/statements/')).toBe('/statements/');
    expect(pageType('/statements/asif/')).toBe('/statements/:x/');
    expect(pageType('/statements/2/')).toBe('/statements/:n/');
    expect(pageType('/statements/page/2/')).toBe('/statements/:x/:n/');
  });

  it('picks one page per type, the largest of each', () => {
    expect(representativePages(root)).toEqual([
      { type: '/', path: '/', count: 1 },
      { type: '/404.html', path: '/404.html', count: 1 },
      { type: '/search/', path: '/search/', count: 1 },
      { type: '/statements/', path: '/statements/', count: 1 },
      { type: '/statements/:x/', path: '/statements/bb/', count: 2 },
      { type: '/statements/:x/:n/', path: '/statements/page/2/', count: 1 },
    ]);
  });
});
