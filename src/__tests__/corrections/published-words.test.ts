import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/content-files/content-check.ts';
import { mergePublishedWords, publishedFormOf, unrecordedChanges, type GuardedStatement } from '../../lib/corrections/published-words.ts';
import { correctionsLog } from '../../lib/corrections/corrections-log.ts';

const statement = (overrides: Partial<GuardedStatement['data']> = {}): GuardedStatement => ({
  id: 'asif-warns',
  data: {
    speaker: { id: 'khawaja-asif' },
    kind: 'direct-quote',
    renderings: [{ source: { id: 'first' }, quotes: ['back into the past'], attribution: 'He warned that' }],
    corrections: [],
    ...overrides,
  },
});
const correction = (fields: ('quotes' | 'speaker' | 'attribution')[], extra: Record<string, unknown> = {}) => ({ day: '2026-12-03', fields, what: 'What changed.', why: 'Why.', ...extra });

describe('published words', () => {
  const published = publishedFormOf(statement());

  it('refuses a changed quotation, speaker or attribution without a correction, naming the field', () => {
    const changed = statement({ speaker: { id: 'someone-else' }, renderings: [{ source: { id: 'first' }, quotes: ['into the past'], attribution: 'He said that' }] });
    expect(unrecordedChanges(changed, published).map((problem) => problem.field)).toEqual(['speaker', 'renderings[0].quotes', 'renderings[0].attribution']);
  });

  it('accepts the change with a new correction that gives the published words, and not with one that gives other words', () => {
    const renderings = [{ source: { id: 'first' }, quotes: ['into the past'], attribution: 'He warned that' }];
    expect(unrecordedChanges(statement({ renderings, corrections: [correction(['quotes'], { source: 'first', before: ['back into the past'] })] }), published)).toEqual([]);
    expect(unrecordedChanges(statement({ renderings, corrections: [correction(['quotes'], { source: 'first', before: ['something else'] })] }), published)).toHaveLength(1);
    expect(unrecordedChanges(statement({ renderings, corrections: [correction(['quotes'], { source: 'other', before: ['back into the past'] })] }), published)).toHaveLength(1);
  });

  it('an old correction cannot account for a new change, and a published correction cannot be removed', () => {
    const once = statement({ corrections: [correction(['quotes'], { source: 'first', before: ['x'] })] });
    const record = publishedFormOf(once);
    const changedAgain = statement({ corrections: once.data.corrections, renderings: [{ source: { id: 'first' }, quotes: ['the past'], attribution: 'He warned that' }] });
    expect(unrecordedChanges(changedAgain, record).map((problem) => problem.field)).toEqual(['renderings[0].quotes']);
    expect(unrecordedChanges(statement(), record).map((problem) => problem.field)).toEqual(['corrections']);
  });

  it('guards the kind and the intermediary too', () => {
    const changed = statement({ kind: 'paraphrase', renderings: [{ source: { id: 'first' }, quotes: ['back into the past'], attribution: 'He warned that', via: { id: 'a-source' } }] });
    expect(unrecordedChanges(changed, published).map((problem) => problem.field)).toEqual(['kind', 'renderings[0].via']);
    const corrected = { ...changed, data: { ...changed.data, corrections: [correction(['kind' as 'quotes']), correction(['via' as 'quotes'], { source: 'first' })] } };
    expect(unrecordedChanges(corrected, published)).toEqual([]);
  });

  it('the record keeps statements no longer built and sorts by id', () => {
    const merged = mergePublishedWords({ zzz: published }, [statement()]);
    expect(Object.keys(merged)).toEqual(['asif-warns', 'zzz']);
  });

  it('the log lists corrections newest first', () => {
    const log = correctionsLog([
      { collection: 'statements', id: 'a', label: 'A', href: '/a/', corrections: [{ ...correction(['quotes']), day: '2026-01-01', fields: ['quotes'] }] },
      { collection: 'statements', id: 'b', label: 'B', href: '/b/', corrections: [{ ...correction(['quotes']), day: '2026-02-01', fields: ['quotes'] }] },
    ]);
    expect(log.map((item) => item.entry.id)).toEqual(['b', 'a']);
  });
});

describe('the content check against the site’s own record', () => {
  const copy = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'words-'));
    cpSync('content', path.join(root, 'content'), { recursive: true });
    cpSync('published-words.json', path.join(root, 'published-words.json'));
    return root;
  };
  const file = 'content/statements/asif-back-into-the-past.mdx';

  it('passes the site as it is', () => {
    expect(checkContent(path.join(copy(), 'content')).problems).toEqual([]);
  });

  it('fails a changed quotation without a correction, naming the file and field, and passes it with one', () => {
    const root = copy();
    const entry = path.join(root, file);
    const original = readFileSync(entry, 'utf8');
    // Another verbatim span of the same source sentence: only the record can tell that the words changed.
    writeFileSync(entry, original.replace('- "back into the past"', '- "the past"'));
    const problems = checkContent(path.join(root, 'content')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, field: 'renderings[0].quotes' });
    expect(problems[0]!.message).toContain('without a correction');
    writeFileSync(
      entry,
      original
        .replace('- "back into the past"', '- "the past"')
        .replace(/^changed: "(.*)"$/m, 'changed: "2026-12-03"\ncorrections:\n  - day: "2026-12-03"\n    fields: ["quotes"]\n    source: "istanbul-to-tora-bora"\n    before: ["back into the past"]\n    what: "Shorter."\n    why: "A test."'),
    );
    expect(checkContent(path.join(root, 'content')).problems).toEqual([]);
  });
});
