import { describe, expect, it } from 'vitest';
import { HeadersFileError, headersForPath, matchesPattern, parseHeadersFile } from '../../__e2e__/helpers/headers-file.ts';

const FILE = `# Security headers for every page
/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data:
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/statements/:id/
  X-Robots-Tag: noindex
  ! X-Frame-Options

/pagefind/*
  cache-control: no-cache
`;

describe('parseHeadersFile', () => {
  it('reads patterns, headers (values may contain colons) and detach lines, skipping comments and blank lines', () => {
    const rules = parseHeadersFile(FILE);
    expect(rules.map((rule) => [rule.pattern, rule.line])).toEqual([
      ['/*', 2],
      ['/_astro/*', 7],
      ['/statements/:id/', 10],
      ['/pagefind/*', 14],
    ]);
    expect(rules[0]?.set).toEqual([
      { name: 'Content-Security-Policy', value: "default-src 'self'; img-src 'self' data:" },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'X-Frame-Options', value: 'DENY' },
    ]);
    expect(rules[2]?.detach).toEqual(['X-Frame-Options']);
  });

  it('accepts CRLF line ends, a BOM, tabs for indentation and absolute URL patterns', () => {
    const rules = parseHeadersFile('\uFEFF/*\r\n\tX-A: 1\r\nhttps://:project.pages.dev/*\r\n\tX-Robots-Tag: noindex\r\n');
    expect(rules).toEqual([
      { pattern: '/*', line: 1, set: [{ name: 'X-A', value: '1' }], detach: [] },
      { pattern: 'https://:project.pages.dev/*', line: 3, set: [{ name: 'X-Robots-Tag', value: 'noindex' }], detach: [] },
    ]);
  });

  it('refuses a header before any pattern, a line without a colon, a bad name and an unindented non-pattern, naming the line', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: header "X-A: 1" comes before any URL pattern/);
    expect(() => parseHeadersFile('/*\n  X-A 1\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeadersFile('/*\n  Bad Name: 1\n')).toThrow(/line 2: invalid header name "Bad Name"/);
    expect(() => parseHeadersFile('/*\n  X-A: 1\nX-B: 2\n')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile('/*\n  X-A: 1\nX-B: 2\n')).toThrow(/line 3: expected a URL pattern/);
  });
});

describe('matchesPattern', () => {
  it('* matches any characters, slashes included, and nothing at all', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/statements/a/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/x.css')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro')).toBe(false);
    expect(matchesPattern('/_astro/*', '/statements/_astro/x.css')).toBe(false);
  });

  it(':placeholder matches exactly one non-empty segment', () => {
    expect(matchesPattern('/statements/:id/', '/statements/asif/')).toBe(true);
    expect(matchesPattern('/statements/:id/', '/statements/')).toBe(false);
    expect(matchesPattern('/statements/:id/', '/statements/a/b/')).toBe(false);
  });

  it('matches literal paths exactly, treating regex characters literally', () => {
    expect(matchesPattern('/search/', '/search/')).toBe(true);
    expect(matchesPattern('/search/', '/search')).toBe(false);
    expect(matchesPattern('/a.b', '/axb')).toBe(false);
    expect(matchesPattern('/a(b)', '/a(b)')).toBe(true);
  });

  it('absolute patterns match only with an origin', () => {
    expect(matchesPattern('https://example.org/*', '/x')).toBe(false);
    expect(matchesPattern('https://example.org/*', '/x', 'https://example.org')).toBe(true);
    expect(matchesPattern('https://example.org/*', '/x', 'http://127.0.0.1:4000')).toBe(false);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(FILE);

  it('applies every matching rule in order', () => {
    expect(headersForPath(rules, '/_astro/a.css')).toEqual([
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
      ['X-Content-Type-Options', 'nosniff'],
      ['X-Frame-Options', 'DENY'],
      ['Cache-Control', 'public, max-age=31536000, immutable'],
    ]);
  });

  it('removes a detached header and leaves it on paths the detaching rule does not match', () => {
    const names = (pathname: string) => headersForPath(rules, pathname).map(([name]) => name);
    expect(names('/statements/asif/')).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'X-Robots-Tag']);
    expect(names('/statements/')).toContain('X-Frame-Options');
  });

  it('joins a header set by several rules with ", ", case-insensitively, keeping the first casing', () => {
    const joined = parseHeadersFile('/*\n  Cache-Control: public\n/pagefind/*\n  cache-control: no-cache\n');
    expect(headersForPath(joined, '/pagefind/x.pf_meta')).toEqual([['Cache-Control', 'public, no-cache']]);
  });

  it('a rule that removes a header may set it again: its own value replaces the earlier rules\' (Cloudflare)', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/x/\n  ! X-A\n  X-A: 3\n');
    expect(headersForPath(rules, '/x/')).toEqual([['X-B', '2'], ['X-A', '3']]);
    expect(headersForPath(rules, '/y/')).toEqual([['X-A', '1'], ['X-B', '2']]);
  });

  it('gives nothing when no rule matches', () => {
    expect(headersForPath(parseHeadersFile('/only/\n  X-A: 1\n'), '/other/')).toEqual([]);
  });
});
