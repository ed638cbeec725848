import { describe, expect, it } from 'vitest';
import { topicPagePaths } from '../../lib/site-data/topic-pages.ts';
import { PAGE_SIZE } from '../../lib/routes/pagination.ts';

describe('topicPagePaths', () => {
  it('gives every topic its pages, page 1 included', () => {
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => index);
    const paths = topicPagePaths([
      { topic: 'ttp', statements: many },
      { topic: 'mediation', statements: [1] },
    ]);
    expect(paths.map(({ topic, page }) => `${topic}/${page.page}`)).toEqual(['ttp/1', 'ttp/2', 'mediation/1']);
  });
});
