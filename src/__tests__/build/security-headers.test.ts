import { describe, expect, it } from 'vitest';
import { cspFromHtml, headerPolicy, headersFile } from '../../lib/build/security-headers.ts';

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
    const lines = headersFile(meta).split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${headerPolicy(meta)}`);
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines.some((line) => line.startsWith('  Referrer-Policy: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('  Permissions-Policy: '))).toBe(true);
  });
});
