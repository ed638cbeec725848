/**
 * The `_headers` file of Netlify and Cloudflare Pages, as a pure parser and
 * path matcher, so the e2e server can apply the same response headers (in
 * particular the Content-Security-Policy) as the real host.
 *
 * Format:
 *
 *     # a comment
 *     /*
 *       X-Frame-Options: DENY
 *       Content-Security-Policy: default-src 'self'
 *     /statements/:id/
 *       Cache-Control: no-cache
 *       ! X-Frame-Options          (Cloudflare: remove a header set by an earlier rule)
 *
 * A rule is an unindented URL pattern followed by indented `Name: value`
 * lines. In a pattern, `*` matches any run of characters (slashes included)
 * and `:name` matches one path segment. Every rule that matches a path
 * applies, in file order; a header named more than once is joined with ", ",
 * as both hosts do.
 */

export interface HeaderRule {
  /** The URL pattern as written, e.g. `/*` or `/statements/:id/`. */
  pattern: string;
  /** 1-based line of the pattern in the file, for messages. */
  line: number;
  /** The `Name: value` lines, in order. */
  set: Array<{ name: string; value: string }>;
  /** Header names removed by `! Name` lines (Cloudflare). */
  detach: string[];
}

/** A line of `_headers` that neither host would accept. */
export class HeadersFileError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`_headers line ${line}: ${message}`);
    this.name = 'HeadersFileError';
    this.line = line;
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses a `_headers` file; throws HeadersFileError naming the line for anything malformed. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (!trimmed.startsWith('/') && !/^https?:\/\//.test(trimmed)) {
        throw new HeadersFileError(line, `expected a URL pattern starting with "/" or "https://", got "${trimmed}"`);
      }
      current = { pattern: trimmed, line, set: [], detach: [] };
      rules.push(current);
      return;
    }
    if (current === undefined) throw new HeadersFileError(line, `header "${trimmed}" comes before any URL pattern`);
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (!HEADER_NAME.test(name)) throw new HeadersFileError(line, `invalid header name to remove: "${name}"`);
      current.detach.push(name);
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new HeadersFileError(line, `expected "Name: value", got "${trimmed}"`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) throw new HeadersFileError(line, `invalid header name "${name}"`);
    current.set.push({ name, value });
  });
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression a URL pattern stands for (anchored at both ends). */
export function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (const token of pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (token === '') continue;
    if (token === '*') source += '.*';
    else if (/^:[A-Za-z_]/.test(token)) source += '[^/]+';
    else source += escapeRegExp(token);
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether `pattern` matches a request. Patterns that start with `/` match the
 * pathname; absolute patterns (`https://host/path`) match only when `origin`
 * is given, against `origin + pathname`.
 */
export function matchesPattern(pattern: string, pathname: string, origin?: string): boolean {
  if (pattern.startsWith('/')) return patternToRegExp(pattern).test(pathname);
  if (origin === undefined) return false;
  return patternToRegExp(pattern).test(origin + pathname);
}

/**
 * The headers to send for `pathname` (no query string), as `[name, value]`
 * pairs. Names keep the casing of their first appearance and are compared
 * case-insensitively.
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string, origin?: string): Array<[string, string]> {
  const merged = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, pathname, origin)) continue;
    // `! Name` removes what earlier rules set; the rule's own lines then apply.
    for (const name of rule.detach) merged.delete(name.toLowerCase());
    for (const { name, value } of rule.set) {
      const key = name.toLowerCase();
      const entry = merged.get(key);
      if (entry === undefined) merged.set(key, { name, values: [value] });
      else entry.values.push(value);
    }
  }
  return [...merged.values()].map(({ name, values }) => [name, values.join(', ')]);
}
