import { describe, expect, it } from 'vitest';
import { contentWords, StatementIndex } from '../../lib/import/merge.ts';

// Invented statements: one warning reported by a first source.
const index = new StatementIndex([
  { id: 'mansoor-flatten-the-camps', speaker: 'farid-mansoor', kind: 'direct-quote', renderings: [{ source: 'first-report', quotes: ['we would flatten the camps and drive the fighters back into the hills'] }] },
  { id: 'mansoor-open-the-road', speaker: 'farid-mansoor', kind: 'direct-quote', renderings: [{ source: 'first-report', quotes: ['the road will open in spring'] }] },
  { id: 'okafor-flatten', speaker: 'lina-okafor', kind: 'direct-quote', renderings: [{ source: 'first-report', quotes: ['flatten the camps and drive the fighters back'] }] },
]);

describe('a statement reported again', () => {
  it('is the same speaker’s statement when the wordings share enough meaning words', () => {
    const match = index.match('farid-mansoor', ['destroy the camps and push the fighters back to their hills']);
    expect(match).toMatchObject({ id: 'mansoor-flatten-the-camps', source: 'first-report' });
    expect(match!.shared).toEqual(expect.arrayContaining(['camp', 'fighter', 'hill']));
  });

  it('is never another speaker’s, however alike the words', () => {
    expect(index.match('someone-else', ['flatten the camps and drive the fighters back'])).toBeUndefined();
  });

  it('needs more than one or two shared words', () => {
    expect(index.match('farid-mansoor', ['the hills are quiet'])).toBeUndefined();
    expect(index.match('farid-mansoor', ['spring'])).toBeUndefined();
  });

  it('matches the very same words however short', () => {
    expect(index.match('farid-mansoor', ['the road will open in spring'])?.id).toBe('mansoor-open-the-road');
  });

  it('folds plurals and tenses, and drops small words', () => {
    expect([...contentWords('The fighters were driven back to their camps')]).toEqual(['fighter', 'driven', 'camp']);
  });
});
