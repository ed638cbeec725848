import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../lib/open-data/csv.ts';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });
  it('parses what it writes back to the same values', () => {
    const rows = [['id', 'quotation'], ['x', 'He said, “yes” and "no"'], ['y', '']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
