import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { checkContent, formatField, formatProblem, numbersNotInSources, quotedInProse } from '../../lib/content-files/content-check.ts';
import { parseEntryFile } from '../../lib/content-files/frontmatter.ts';
import { contentIntegrity } from '../../integrations/content-integrity.ts';
import { copyContent, REAL_CONTENT } from '../helpers/content-copy.ts';

let fixture: ReturnType<typeof copyContent>;
beforeEach(() => {
  fixture = copyContent();
});
afterEach(() => fixture.remove());

/** The formatted problems of the fixture's content. */
const problems = () => checkContent(fixture.dir).problems.map(formatProblem);

const STATEMENT = 'statements/asif-caves-warning.mdx';

describe('the content check refuses broken entries, naming the file and the field', () => {
  it('accepts the unbroken copy', () => {
    expect(problems()).toEqual([]);
  });

  it('a missing required field', () => {
    fixture.edit(STATEMENT, /^speaker: .*\n/m, '');
    expect(problems()).toEqual(['content/statements/asif-caves-warning.mdx › speaker: is required but missing (see `npm run new -- statement <id>`, which writes every field)']);
  });

  it('a source label that could pass for a headline, or quotes the article', () => {
    const SOURCE = 'sources/deep-into-afghanistan-report.mdx';
    fixture.edit(SOURCE, /^label: .*$/m, 'label: Report on the warning');
    expect(problems()).toEqual([expect.stringMatching(/^content\/sources\/deep-into-afghanistan-report\.mdx › label: the article has no headline, so the label is the site’s description and must be in square brackets/)]);
    fixture.edit(SOURCE, /^label: .*$/m, `label: '[Report on the "deep into Afghanistan" warning]'`);
    expect(problems()).toEqual([expect.stringMatching(/^content\/sources\/deep-into-afghanistan-report\.mdx › label: must not contain double quotation marks/)]);
  });

  it('a field of the wrong type', () => {
    fixture.edit(STATEMENT, 'featured: true', 'featured: "very"');
    expect(problems()).toEqual([expect.stringMatching(/^content\/statements\/asif-caves-warning\.mdx › featured: .*expected boolean/i)]);
  });

  it('a value outside its list of choices', () => {
    fixture.edit(STATEMENT, 'kind: "direct-quote"', 'kind: "rumour"');
    expect(problems()).toEqual([expect.stringMatching(/asif-caves-warning\.mdx › kind: .*"direct-quote"\|"paraphrase"/)]);
  });

  it('an unknown field', () => {
    fixture.edit(STATEMENT, 'featured: true', 'featured: true\ndate: "2025-10-30"');
    expect(problems()).toEqual([
      'content/statements/asif-caves-warning.mdx: unknown field(s): date; check the spelling against `npm run new -- statement <id>`, which writes every field; dates and similar facts go in the fields that quote the source',
    ]);
  });

  it('a speaker name with a comma, which citation tools would split into family and given name', () => {
    fixture.edit('actors/taliban-familiar-phrase.mdx', 'a familiar phrase with no speaker named', 'a familiar phrase, no speaker named');
    expect(problems()).toEqual(['content/actors/taliban-familiar-phrase.mdx › name: must not contain a comma: citation tools read "A, B" as family name, given name (use parentheses or "with")']);
  });

  it('a reference to an entry that does not exist', () => {
    fixture.edit(STATEMENT, 'speaker: "khawaja-asif"', 'speaker: "khawaja-asef"');
    expect(problems()).toEqual([
      'content/statements/asif-caves-warning.mdx › speaker: "khawaja-asef" is not an entry of actors (no content/actors/khawaja-asef.mdx)',
    ]);
  });

  it('a dangling reference deep in a list', () => {
    fixture.edit('talks/istanbul-talks.mdx', '- "anas-haqqani"', '- "anas-haqani"');
    expect(problems()).toEqual([expect.stringMatching(/^content\/talks\/istanbul-talks\.mdx › delegations\[1\]\.members\[2\]: "anas-haqani" is not an entry of actors/)]);
  });

  it('a source cited that does not exist', () => {
    fixture.edit(STATEMENT, '- source: "istanbul-to-tora-bora"', '- source: "dawn-editorial"');
    expect(problems()).toEqual([expect.stringMatching(/› renderings\[1\]\.source: "dawn-editorial" is not an entry of sources/)]);
  });

  it('a quotation that is not verbatim in the source it cites', () => {
    fixture.edit(STATEMENT, 'drive them back to their caves to hide"', 'drive them back to the caves to hide"');
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^content\/statements\/asif-caves-warning\.mdx › renderings\[1\]\.quotes\[0\]: not found verbatim in source "istanbul-to-tora-bora"/));
  });

  it('a quotation verbatim in one source but cited to the other', () => {
    fixture.edit('statements/asif-war-economy.mdx', 'source: "istanbul-to-tora-bora"', 'source: "deep-into-afghanistan-report"');
    expect(problems()).toContainEqual(expect.stringMatching(/asif-war-economy\.mdx › renderings\[0\]\.quotes\[0\]: not found verbatim in source "deep-into-afghanistan-report"/));
  });

  it('an attribution that is not the source’s own words', () => {
    fixture.edit('statements/islamabad-suspicious-movements.mdx', 'attribution: "Islamabad reportedly warned"', 'attribution: "Islamabad warned"');
    expect(problems()).toEqual([
      expect.stringMatching(/^content\/statements\/islamabad-suspicious-movements\.mdx › renderings\[0\]\.attribution: not found verbatim in source "istanbul-to-tora-bora"/),
    ]);
  });

  it('an intermediary that is not an entry', () => {
    fixture.edit('statements/pakistan-urged-ttp-terrorist-designation.mdx', 'via: "source-familiar-with-talks"', 'via: "a-source"');
    expect(problems()).toEqual([expect.stringMatching(/› renderings\[0\]\.via: "a-source" is not an entry of actors/)]);
  });

  it('a count in a summary or an actor description that no cited source gives', () => {
    fixture.edit('actors/noor-ahmad-noor.mdx', 'in its sentence on the Taliban delegation', 'among the six members of the Taliban delegation');
    fixture.edit('statements/un-hopes-fighting-will-not-renew.mdx', 'summary: "A UN spokesperson hopes', 'summary: "Three UN spokespeople hope');
    expect(problems()).toEqual([
      expect.stringMatching(/^content\/actors\/noor-ahmad-noor\.mdx: gives the number "six", which no source the entry cites gives/),
      expect.stringMatching(/^content\/statements\/un-hopes-fighting-will-not-renew\.mdx › summary: gives the number "three"/),
    ]);
  });

  it('a quotation outside the excerpt it is shown in', () => {
    fixture.edit('statements/asif-test-our-resolve.mdx', '    excerpt: "He directly challenged the Taliban\'s resolve, telling them to \\"test our resolve and capabilities, if you wish so, at your own peril and doom\\"."', '    excerpt: "He directly challenged the Taliban\'s resolve"');
    expect(problems()).toEqual([expect.stringMatching(/asif-test-our-resolve\.mdx › renderings\[0\]\.quotes\[0\]: the quoted words are not inside the rendering's excerpt/)]);
  });

  it('an entry that cites no source', () => {
    fixture.edit('actors/qatar.mdx', /sources:\n(  - .*\n)+/, 'sources: []\n');
    expect(problems()).toEqual(['content/actors/qatar.mdx › sources: every entry must cite at least one source']);
  });

  it('a statement with no rendering', () => {
    fixture.edit('statements/asif-war-economy.mdx', /renderings:\n(    .*\n|  - .*\n)+/, 'renderings: []\n');
    expect(problems()).toEqual(['content/statements/asif-war-economy.mdx › renderings: a statement needs at least one source rendering']);
  });

  it('two files with the same id', () => {
    fixture.write('actors/Qatar.mdx', fixture.read('actors/qatar.mdx'));
    expect(problems()).toContainEqual(expect.stringMatching(/^content\/actors\/(qatar|Qatar)\.mdx: duplicate id "qatar": content\/actors\/(Qatar|qatar)\.mdx has the same id/));
  });

  it('a statement whose id is the name of a speaker-page section', () => {
    fixture.write('statements/through.mdx', fixture.read('statements/asif-caves-warning.mdx'));
    expect(problems()).toContainEqual(expect.stringMatching(/^content\/statements\/through\.mdx: the id "through" names a section of every speaker page \(.*\), so a link to the statement there would open that section instead: choose another file name$/));
  });

  it('malformed YAML', () => {
    fixture.edit('actors/qatar.mdx', 'kind: "state"', 'kind: state: x');
    expect(fixture.read('actors/qatar.mdx').split('\n')[2]).toBe('kind: state: x');
    expect(problems()).toEqual([expect.stringMatching(/^content\/actors\/qatar\.mdx: the frontmatter is not valid YAML at line 3: /)]);
  });

  it('an empty file and a truncated one', () => {
    fixture.write('actors/qatar.mdx', '');
    fixture.write('actors/turkiye.mdx', fixture.read('actors/turkiye.mdx').slice(0, 40));
    const found = problems();
    expect(found).toContain('content/actors/qatar.mdx: the file is empty');
    expect(found).toContainEqual(expect.stringMatching(/^content\/actors\/turkiye\.mdx: the frontmatter block is never closed/));
  });

  it('an unknown collection folder and an unknown file extension', () => {
    mkdirSync(path.join(fixture.dir, 'people'));
    fixture.write('actors/notes.md', '# notes');
    expect(problems()).toEqual([
      'content/people: unknown folder: content/ holds only the folders sources, actors, statements, talks, events and drafts',
      'content/actors/notes.md: unexpected file: entries are .mdx files',
    ]);
  });

  it('active markup in an MDX body', () => {
    fixture.write('actors/qatar.mdx', `${fixture.read('actors/qatar.mdx')}\n<img src="x" onerror="alert(1)" />\n`);
    expect(problems()).toEqual(['content/actors/qatar.mdx: the body contains an event-handler attribute (on…=); MDX bodies may not carry active markup']);
  });

  it('an empty source text', () => {
    fixture.write('sources/istanbul-to-tora-bora.txt', '');
    expect(problems()).toContain('content/sources/istanbul-to-tora-bora.txt: the source text is empty');
  });

  it('a source entry without its text file, and a text file without its entry', () => {
    rmSync(path.join(fixture.dir, 'sources/istanbul-to-tora-bora.txt'));
    fixture.write('sources/orphan.txt', 'Some article.');
    const found = problems();
    expect(found).toContain('content/sources/istanbul-to-tora-bora.mdx: the source has no text file: add content/sources/istanbul-to-tora-bora.txt');
    expect(found).toContain('content/sources/orphan.txt: a source text without its entry: add content/sources/orphan.mdx');
  });

  it('a headline that is not the source\'s own', () => {
    fixture.edit('sources/istanbul-to-tora-bora.mdx', 'headline: "From Istanbul To Tora Bora:', 'headline: "From Kabul To Tora Bora:');
    expect(problems()).toContain('content/sources/istanbul-to-tora-bora.mdx › headline: the headline is not in the source text');
  });

  it('a timeline phase without the words that place it', () => {
    fixture.edit('events/border-skirmishes.mdx', 'phase: "not-placed"', 'phase: "before-talks"');
    expect(problems()).toEqual([expect.stringMatching(/^content\/events\/border-skirmishes\.mdx › timeline\.basis: quote the source's words that place it here/)]);
  });

  it('the same source cited twice', () => {
    fixture.edit('actors/qatar.mdx', /sources:\n/, 'sources:\n  - "istanbul-to-tora-bora"\n');
    expect(problems()).toEqual(['content/actors/qatar.mdx › sources: names the same source twice']);
  });

  it("quoted words in a summary that the sources do not contain", () => {
    fixture.edit('events/border-closure.mdx', /^summary: .*$/m, 'summary: "The border was shut by a \\"total blockade\\"."');
    expect(problems()).toEqual(['content/events/border-closure.mdx › summary: quotes words that are not verbatim in any source the entry cites: "total blockade"']);
  });
});

describe('the build refuses broken content', () => {
  const runSetupHook = (root: string, command: 'build' | 'dev') => {
    const hook = contentIntegrity().hooks['astro:config:setup'];
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
    // Only the parts of Astro's hook context the integration reads.
    const context = { config: { root: new URL(`file://${root}/`) }, command, logger } as unknown as Parameters<NonNullable<typeof hook>>[0];
    return { run: () => hook?.(context), logged };
  };

  it('throws before building, with every problem listed', () => {
    fixture.edit(STATEMENT, 'speaker: "khawaja-asif"', 'speaker: "nobody"');
    const { run } = runSetupHook(fixture.root, 'build');
    expect(run).toThrow(/content\/statements\/asif-caves-warning\.mdx › speaker: "nobody" is not an entry of actors/);
  });

  it('lets a clean build go on', () => {
    const { run, logged } = runSetupHook(fixture.root, 'build');
    expect(run).not.toThrow();
    expect(logged).toEqual([expect.stringMatching(/^\d+ entries passed the content check$/)]);
  });
});

describe('the catalogue of broken inputs', () => {
  // The messages exactly as an editor reads them: a change of wording shows in review.
  it('the common mistakes, word for word', () => {
    fixture.edit(STATEMENT, /^speaker: .*\n/m, '');
    fixture.edit(STATEMENT, 'featured: true', 'featured: "very"');
    fixture.edit(STATEMENT, 'kind: "direct-quote"', 'kind: "rumour"');
    fixture.edit(STATEMENT, 'drive them back to their caves to hide', 'drive them back to the caves to hide');
    fixture.edit('sources/deep-into-afghanistan-report.mdx', 'receivedAs:', 'published: 2025-10-30\nreceivedAs:');
    fixture.edit('actors/qatar.mdx', 'name: "Qatar"', 'name: "Qatar"\nnickname: "Doha"');
    expect(problems()).toMatchInlineSnapshot(`
      [
        "content/sources/deep-into-afghanistan-report.mdx › published: write this as text in quotes; dates and numbers are kept as the source words them ("earlier this month")",
        "content/actors/qatar.mdx: unknown field(s): nickname; check the spelling against \`npm run new -- actor <id>\`, which writes every field; dates and similar facts go in the fields that quote the source",
        "content/statements/asif-caves-warning.mdx › speaker: is required but missing (see \`npm run new -- statement <id>\`, which writes every field)",
        "content/statements/asif-caves-warning.mdx › kind: Invalid option: expected one of "direct-quote"|"paraphrase"",
        "content/statements/asif-caves-warning.mdx › featured: Invalid input: expected boolean, received string",
      ]
    `);
  });

  it('a date where text is expected, in an impossible or any format', () => {
    fixture.edit('sources/istanbul-to-tora-bora.mdx', 'receivedAs:', 'published: 2025-13-45\nreceivedAs:');
    fixture.edit('sources/deep-into-afghanistan-report.mdx', 'receivedAs:', 'published: 2025-10-30\nreceivedAs:');
    const found = problems();
    expect(found).toContainEqual(expect.stringMatching(/^content\/sources\/deep-into-afghanistan-report\.mdx › published: write this as text in quotes; dates/));
    expect(found).toContainEqual(expect.stringMatching(/^content\/sources\/istanbul-to-tora-bora\.mdx › published: /));
  });

  it("the site's own dates: written as days, and never changed before published", () => {
    fixture.edit('actors/qatar.mdx', 'added: "2026-11-25"', 'added: "25 November"');
    fixture.edit(STATEMENT, 'changed: "2026-12-03"', 'changed: "2026-11-01"');
    expect(problems()).toEqual([
      'content/actors/qatar.mdx › added: must be a day written "YYYY-MM-DD": the day the entry was first published on this site',
      'content/statements/asif-caves-warning.mdx › changed: is before added (2026-11-25): an entry cannot change before it is published',
    ]);
  });

  it('a number where text is expected', () => {
    fixture.edit('actors/qatar.mdx', 'name: "Qatar"', 'name: 42');
    expect(problems()).toEqual([expect.stringMatching(/^content\/actors\/qatar\.mdx › name: write this as text in quotes/)]);
  });

  it("markup in the site's own frontmatter prose", () => {
    fixture.edit('actors/qatar.mdx', 'name: "Qatar"', 'name: "Qatar<script>alert(1)</script>"');
    expect(problems()).toEqual(['content/actors/qatar.mdx › name: must be plain text (no "<" or ">")']);
  });

  it.each([
    ['<iframe src="https://example.org"></iframe>', 'an <iframe> element'],
    ['<script>alert(1)</script>', 'a <script> element'],
    ['<a href="javascript:alert(1)">x</a>', 'a javascript: URL'],
    ['<object data="x"></object>', 'an <object> or <embed> element'],
  ])('active markup in a body: %s', (markup, what) => {
    fixture.write('events/border-closure.mdx', `${fixture.read('events/border-closure.mdx')}\n${markup}\n`);
    expect(problems()).toContain(`content/events/border-closure.mdx: the body contains ${what}; MDX bodies may not carry active markup`);
  });

  it('a very large body (1 MB) is checked without a crash', () => {
    fixture.write('events/border-closure.mdx', `${fixture.read('events/border-closure.mdx')}\n${'The border stayed closed. '.repeat(40_000)}\n`);
    expect(problems()).toEqual([]);
  });

  it("words in quotation marks in the site's prose that no cited source contains", () => {
    fixture.write('events/border-closure.mdx', `${fixture.read('events/border-closure.mdx')}\nThe source calls it "a total blockade".\n`);
    fixture.write('sources/istanbul-to-tora-bora.mdx', `${fixture.read('sources/istanbul-to-tora-bora.mdx')}\nIt says “Pakistan will never talk again”.\n`);
    expect(problems()).toEqual([
      'content/sources/istanbul-to-tora-bora.mdx: the body quotes words that are not verbatim in this source: "Pakistan will never talk again"',
      'content/events/border-closure.mdx: the body quotes words that are not verbatim in any source the entry cites: "a total blockade"',
    ]);
  });

  it("quoted words in prose verbatim in a source the entry does not cite", () => {
    // "internal matter" is in the second source only; the border closure cites the first.
    fixture.write('events/border-closure.mdx', `${fixture.read('events/border-closure.mdx')}\nCompare “internal matter”.\n`);
    expect(problems()).toEqual(['content/events/border-closure.mdx: the body quotes words that are not verbatim in any source the entry cites: "internal matter"']);
  });

  it("quotation marks around the source's narrative, given as a speaker's words, and one side's word in the site's voice", () => {
    fixture.write('talks/istanbul-talks.mdx', `${fixture.read('talks/istanbul-talks.mdx')}\nAn unnamed official said the delegation "repeatedly reversed its position".\nThe second source says the talks "ended without agreement".\nThe regime did not answer.\n`);
    expect(problems()).toEqual([
      `content/talks/istanbul-talks.mdx: puts in quotation marks words the source does not quote: "repeatedly reversed its position"; quotation marks mean a speaker's words as the source quotes them, and the source's own narrative may be quoted only as the source's ("the second source says …")`,
      `content/talks/istanbul-talks.mdx: uses "regime", one side's word, in the site's own voice: write "Taliban government", or keep the word inside a speaker's quoted words`,
    ]);
  });

  it('a frontmatter block that is a list', () => {
    fixture.write('actors/qatar.mdx', '---\n- Qatar\n---\n');
    expect(problems()).toEqual(['content/actors/qatar.mdx: the frontmatter must be a mapping of fields']);
  });
});

describe('a dangling reference in every reference field', () => {
  // Every field path that holds a reference in the real content, with one entry that uses it.
  const { entries } = checkContent(REAL_CONTENT);
  const referenceFields = new Map<string, { collection: string; id: string; path: PropertyKey[]; target: string }>();
  const visit = (value: unknown, at: PropertyKey[], entry: (typeof entries)[number]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...at, index], entry));
    else if (value && typeof value === 'object') {
      const ref = value as { collection?: unknown; id?: unknown };
      if (typeof ref.collection === 'string' && typeof ref.id === 'string' && Object.keys(value).length === 2) {
        const pattern = `${entry.collection}:${formatField(at.map((key) => (typeof key === 'number' ? 0 : key)))}`;
        if (!referenceFields.has(pattern)) referenceFields.set(pattern, { collection: entry.collection, id: entry.id, path: at, target: ref.collection });
        return;
      }
      for (const [key, child] of Object.entries(value)) visit(child, [...at, key], entry);
    }
  };
  for (const entry of entries) visit(entry.data, [], entry);

  it('finds reference fields in every collection that has them', () => {
    const collections = new Set([...referenceFields.values()].map((field) => field.collection));
    expect([...collections].sort()).toEqual(['actors', 'events', 'statements', 'talks']);
    expect(referenceFields.size).toBeGreaterThan(15);
  });

  it.each([...referenceFields.entries()])('%s', (_pattern, field) => {
    const file = `${field.collection}/${field.id}.mdx`;
    const { data, body } = parseEntryFile(fixture.read(file));
    let node = data as Record<PropertyKey, unknown>;
    for (const key of field.path.slice(0, -1)) node = node[key] as Record<PropertyKey, unknown>;
    node[field.path.at(-1) as PropertyKey] = 'no-such-entry';
    fixture.write(file, `---\n${yaml.dump(data)}---\n${body}`);
    expect(problems()).toContain(
      `content/${file} › ${formatField(field.path)}: "no-such-entry" is not an entry of ${field.target} (no content/${field.target}/no-such-entry.mdx)`,
    );
  });
});

describe('quotedInProse', () => {
  it('finds straight and curly quotations, splits at an ellipsis, and skips markup', () => {
    expect(quotedInProse('He said “a b … c d” and "e".\n<img alt="not prose" /> [link](/x/ "title")')).toEqual(['a b', 'c d', 'e']);
  });
});

describe('numbersNotInSources', () => {
  const source = 'Pakistan\'s seven-member team met for four days; dozens of casualties; 12 trucks.';
  it('accepts numbers the source gives, in words or digits', () => {
    expect(numbersNotInSources('A seven-member team, four days, dozens hurt, 12 trucks.', [source])).toEqual([]);
  });
  it('names numbers the source does not give', () => {
    expect(numbersNotInSources('Six members and 13 trucks.', [source])).toEqual(['six', '13']);
  });
  it('lets the site count its own material', () => {
    expect(numbersNotInSources('Two sources, three paragraphs, six names.', [source])).toEqual([]);
  });
  it('leaves "one" alone: it is mostly a pronoun', () => {
    expect(numbersNotInSources('No one said so; one of them did.', [source])).toEqual([]);
  });
});

describe('drafts (content/drafts/) are checked like entries, never built', () => {
  const DRAFT_ACTOR = `---\nname: "A new official"\nkind: "person"\nside: "pakistan"\nsources:\n  - "istanbul-to-tora-bora"\nadded: "2026-12-03"\n---\n`;
  const draftStatement = (speaker: string, quote: string) =>
    `---\nspeaker: "${speaker}"\nkind: "direct-quote"\nrenderings:\n  - source: "istanbul-to-tora-bora"\n    quotes:\n      - "${quote}"\n    medium: "not-stated"\nadded: "2026-12-03"\n---\n`;
  const addDraft = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(fixture.dir, 'drafts', file)), { recursive: true });
    fixture.write(path.join('drafts', file), text);
  };

  it('a draft statement may wait for its summary and topics, may name a draft speaker, and is not among the entries built', () => {
    addDraft('actors/new-official.mdx', DRAFT_ACTOR);
    addDraft('statements/new-official-warmongers.mdx', draftStatement('new-official', 'warmongers'));
    const result = checkContent(fixture.dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.drafts.map((entry) => `${entry.collection}/${entry.id}`).sort()).toEqual(['actors/new-official', 'statements/new-official-warmongers']);
    expect(result.entries.some((entry) => entry.id === 'new-official-warmongers' || entry.id === 'new-official')).toBe(false);
  });

  it('a draft is held to the sources’ words like any entry', () => {
    addDraft('statements/new-official-warmongers.mdx', draftStatement('khawaja-asif', 'warmongers everywhere'));
    expect(problems()).toEqual([
      'content/drafts/statements/new-official-warmongers.mdx › renderings[0].quotes[0]: not found verbatim in source "istanbul-to-tora-bora" (content/sources/istanbul-to-tora-bora.txt): "warmongers everywhere"',
    ]);
  });

  it('a published entry may not name a draft, and a draft may not reuse a published id', () => {
    addDraft('actors/new-official.mdx', DRAFT_ACTOR);
    fixture.edit(STATEMENT, 'speaker: "khawaja-asif"', 'speaker: "new-official"');
    addDraft('statements/asif-caves-warning.mdx', draftStatement('khawaja-asif', 'warmongers'));
    expect(problems()).toEqual([
      'content/drafts/statements/asif-caves-warning.mdx: "asif-caves-warning" is already published as content/statements/asif-caves-warning.mdx: delete this draft, or import under another id',
      'content/statements/asif-caves-warning.mdx › speaker: "new-official" is still a draft (content/drafts/actors/new-official.mdx): accept it first by moving it to content/actors/',
    ]);
  });

  it('a new rendering of a published statement is checked against its own source', () => {
    const rendering = (quote: string) =>
      `---\nstatement: "asif-caves-warning"\nrendering:\n  source: "istanbul-to-tora-bora"\n  quotes:\n    - "${quote}"\n  medium: "not-stated"\nadded: "2026-12-03"\n---\n`;
    addDraft('renderings/asif-caves-warning--istanbul-to-tora-bora.mdx', rendering('drive them back to their caves to hide'));
    expect(problems()).toEqual([]);
    addDraft('renderings/asif-caves-warning--istanbul-to-tora-bora.mdx', rendering('drive them back to the mountains'));
    expect(problems()).toEqual([expect.stringContaining('content/drafts/renderings/asif-caves-warning--istanbul-to-tora-bora.mdx › rendering.quotes[0]: not found verbatim')]);
  });
});
