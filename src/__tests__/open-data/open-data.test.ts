import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { OPEN_DATA_FILES, statementRecord } from '../../schemas/open-data.ts';
import { openDataBuilders } from '../../lib/open-data/open-data.ts';
import { fixtureSite, SMALL_SITE } from '../helpers/site-fixture.ts';

const data = openDataBuilders(fixtureSite(SMALL_SITE), 'https://e.org');

describe('open data files', () => {
  it('are valid against their published schemas', () => {
    for (const name of Object.keys(OPEN_DATA_FILES) as (keyof typeof OPEN_DATA_FILES)[]) {
      const parsed = OPEN_DATA_FILES[name].safeParse(data.file(name));
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('give references as ids with absolute URLs, and keep each rendering with its source, attribution and hedge', () => {
    const file = OPEN_DATA_FILES.statements.parse(data.file('statements'));
    expect(file.count).toBe(3);
    const statements = z.array(statementRecord).parse(file['statements']);
    const answer = statements.find((statement) => statement.id === 'answer-attack');
    expect(answer?.url).toBe('https://e.org/statements/answer-attack/');
    expect(answer?.speaker).toEqual({ id: 'minister', url: 'https://e.org/speakers/minister/', name: 'A Minister' });
    expect(answer?.renderings.map((rendering) => [rendering.source, rendering.attribution, rendering.hedge])).toEqual([
      [{ id: 'second', url: 'https://e.org/sources/second/' }, 'The minister reportedly said', 'reportedly'],
      [{ id: 'first', url: 'https://e.org/sources/first/' }, 'The minister said', null],
    ]);
    const guarantees = statements.find((statement) => statement.id === 'guarantees');
    expect(guarantees?.renderings[0]?.via).toEqual({ id: 'insider', url: 'https://e.org/speakers/insider/', name: 'A source familiar with the talks' });
  });

  it('write one CSV row per rendering, each with its own source', () => {
    const [header, ...rows] = data.statementRows();
    expect(header?.slice(0, 4)).toEqual(['statement_id', 'speaker_id', 'speaker_name', 'kind']);
    const column = (name: string) => header!.indexOf(name);
    expect(rows.filter((row) => row[0] === 'answer-attack').map((row) => [row[column('words')], row[column('source_id')]])).toEqual([
      ['“we will answer every attack”', 'second'],
      ['“we will answer any attack”', 'first'],
    ]);
  });
});
