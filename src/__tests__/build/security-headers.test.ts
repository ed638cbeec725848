import { describe, expect, it } from 'vitest';
import { cspFromHtml, headerPolicy, headersFile } from '../../lib/build/security-headers.ts';
import { headersForPath, parseHeadersFile } from '../../__e2e__/helpers/headers-file.ts';
import { urls } from '../../lib/routes/urls.ts';

describe('security headers', () => {
  const meta = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='";

  it("reads the policy from Astro's meta tag, decoding entities", () => {
    expect(cspFromHtml(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`)).toBe("default-src 'self'");
    expect(cspFromHtml('<head></head>')).toBeNull();
  });

  it('adds frame-ancestors, which a meta policy cannot carry, once', () => {
    expect(headerPolicy(`${meta}; frame-ancestors *`)).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; frame-ancestors 'none'",
    );
  });

  it('writes one /* rule with the policy and the other headers', () => {
    const lines = headersFile(meta, "default-src 'none'").split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${headerPolicy(meta)}`);
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines.some((line) => line.startsWith('  Referrer-Policy: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('  Permissions-Policy: '))).toBe(true);
  });

  it('lets other sites frame the embed pages only, under their own policy', () => {
    const embedPolicy = "default-src 'self'; style-src 'sha256-xyz='";
    const rules = parseHeadersFile(headersFile(meta, embedPolicy));
    const embed = Object.fromEntries(headersForPath(rules, urls.statementEmbed('x')).map(([name, value]) => [name.toLowerCase(), value]));
    expect(embed['x-frame-options']).toBeUndefined();
    expect(embed['content-security-policy']).toBe(`${embedPolicy}; frame-ancestors *`);
    for (const page of [urls.statement('x'), urls.home(), `${urls.statementEmbed('x')}more/`]) {
      const headers = Object.fromEntries(headersForPath(rules, page).map(([name, value]) => [name.toLowerCase(), value]));
      expect(headers['x-frame-options'], page).toBe('DENY');
      expect(headers['content-security-policy'], page).toContain("frame-ancestors 'none'");
    }
  });
});
