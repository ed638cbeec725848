import { describe, expect, it } from 'vitest';
import { entryPageDates } from '../../lib/build/entry-dates.ts';
import { copyContent } from '../helpers/content-copy.ts';

describe('entryPageDates', () => {
  it("gives each entry page the day it last changed on this site, or was added", () => {
    const fixture = copyContent();
    try {
      fixture.write('actors/qatar.mdx', fixture.read('actors/qatar.mdx').replace(/^added: .*$/m, 'added: "2026-11-20"'));
      fixture.edit('statements/asif-caves-warning.mdx', /^changed: .*$/m, 'changed: "2026-11-30"');
      const dates = entryPageDates(fixture.dir);
      expect(dates.get('/speakers/qatar/')).toBe('2026-11-20');
      expect(dates.get('/statements/asif-caves-warning/')).toBe('2026-11-30');
      expect(dates.get('/sources/istanbul-to-tora-bora/')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      fixture.remove();
    }
  });
});
