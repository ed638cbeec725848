/**
 * A small static file server for the built site, used by the e2e tests in
 * place of a real host. It behaves like Netlify / Cloudflare Pages for what the
 * tests can observe:
 *
 * - `/dir/` serves `dir/index.html`; `/dir` redirects (301) to `/dir/` when
 *   `dir/index.html` exists;
 * - unknown paths answer 404 with `404.html` when the site has one;
 * - the headers of `_headers` (e.g. the Content-Security-Policy) are sent
 *   with every response whose path they match, so the browser enforces them;
 * - `_headers` and `_redirects` themselves are not served.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type HeaderRule, headersForPath, parseHeadersFile } from './headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  // Pagefind's index files: binary, fetched by its script.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The Content-Type for a file name; unknown extensions are served as binary. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Files of the build that configure the host and are never served. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  root: string;
  close(): Promise<void>;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * Serves `root` on 127.0.0.1 at an ephemeral port. `_headers` is read once at
 * start; a malformed one makes this throw, naming the line.
 */
export async function startStaticServer(directory: string): Promise<StaticServer> {
  const root = path.resolve(directory);
  const headersFile = path.join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = path.join(root, '404.html');

  const send = (request: IncomingMessage, response: ServerResponse, status: number, pathname: string, file?: string) => {
    for (const [name, value] of headersForPath(rules, pathname)) response.setHeader(name, value);
    if (file === undefined) {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : `${status}\n`);
      return;
    }
    response.writeHead(status, { 'Content-Type': contentTypeFor(file), 'Content-Length': statSync(file).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(request, response, 400, url.pathname);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      send(request, response, 405, url.pathname);
      return;
    }
    const target = path.join(root, pathname);
    // path.join normalises `..`; anything that escapes the root is not served.
    if ((target !== root && !target.startsWith(root + path.sep)) || pathname.includes('\0')) {
      send(request, response, 404, url.pathname, isFile(notFoundPage) ? notFoundPage : undefined);
      return;
    }
    if (!HOST_CONFIG_FILES.has(pathname)) {
      if (pathname.endsWith('/')) {
        const index = path.join(target, 'index.html');
        if (isFile(index)) return send(request, response, 200, url.pathname, index);
      } else if (isFile(target)) {
        return send(request, response, 200, url.pathname, target);
      } else if (isFile(path.join(target, 'index.html'))) {
        for (const [name, value] of headersForPath(rules, url.pathname)) response.setHeader(name, value);
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
    }
    send(request, response, 404, url.pathname, isFile(notFoundPage) ? notFoundPage : undefined);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`500 ${String(error)}\n`);
    }
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
