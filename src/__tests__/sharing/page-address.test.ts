import { describe, expect, it } from 'vitest';
import { formatAccessDate, loadedAddress } from '../../lib/sharing/page-address.ts';

describe('the address and date a citation is completed with in the browser', () => {
  it('formats the access date for each format', () => {
    const day = new Date(2026, 10, 6);
    expect(formatAccessDate(day, 'long')).toBe('6 November 2026');
    expect(formatAccessDate(day, 'iso')).toBe('2026-11-06');
    expect(formatAccessDate(day, 'ris')).toBe('2026/11/06');
  });
  it('uses the address the page was loaded from, over HTTP(S) only', () => {
    expect(loadedAddress({ protocol: 'http:', origin: 'http://localhost:4321', pathname: '/statements/x/' })).toBe('http://localhost:4321/statements/x/');
    expect(loadedAddress({ protocol: 'file:', origin: 'null', pathname: '/tmp/dist/statements/x/index.html' })).toBeUndefined();
  });
});
