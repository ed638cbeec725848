import { describe, expect, it } from 'vitest';
import { speakerIndexPages } from '../../lib/site-data/index-pages.ts';

describe('the speakers index pages', () => {
  it('keep the side order across pages and say which side a page continues', () => {

    const actor = (id: string, side: string) => ({ id, data: { side } });
    const bySide = [
      ['pakistan', Array.from({ length: 150 }, (_, index) => actor(`p${index}`, 'pakistan'))],
      ['mediator', Array.from({ length: 60 }, (_, index) => actor(`m${index}`, 'mediator'))],
    ];
    const site = { actorsBySide: () => bySide } as unknown as Parameters<typeof speakerIndexPages>[0];
    const pages = speakerIndexPages(site);
    expect(pages.map(({ page, continuing }) => [page.page, page.items.length, continuing])).toEqual([
      [1, 100, undefined],
      [2, 100, 'pakistan'],
      [3, 10, 'mediator'],
    ]);
    expect(pages.flatMap(({ page }) => page.items.map((item) => item.id))).toEqual(bySide.flatMap(([, actors]) => (actors as { id: string }[]).map((item) => item.id)));
  });
});
