import { describe, expect, it } from 'vitest';
import { jsonLdScript, quotationLd, statementLd } from '../../lib/sharing/json-ld.ts';
import { paginate } from '../../lib/routes/pagination.ts';
import { outletPhrase, renderingDetails } from '../../lib/sharing/previews.ts';
import { isSubheading, statementsByParagraph } from '../../lib/site-data/source-paragraphs.ts';
import { countOf, membersPreviewNote, paragraphsOf, sideLede, speakerTally, splitAround, statementCountLabel, throughPreviewNote, truncate } from '../../lib/text/text.ts';
import { absoluteUrl, isSearchableFile, SEARCHABLE_GLOB, urls } from '../../lib/routes/urls.ts';

describe('urls', () => {
  it('builds readable, trailing-slash URLs from ids', () => {
    expect(urls.statement('asif-caves-warning')).toBe('/statements/asif-caves-warning/');
    expect(urls.speakerStatement('khawaja-asif', 'asif-caves-warning')).toBe('/speakers/khawaja-asif/#asif-caves-warning');
    expect(urls.sourceParagraph('x', 0)).toBe('/sources/x/#p1');
  });
  it('keeps page 1 of a list at the list itself', () => {
    expect(urls.statements(1)).toBe('/statements/');
    expect(urls.statements(3)).toBe('/statements/page/3/');
    expect(urls.topic('ttp', 2)).toBe('/topics/ttp/page/2/');
  });
  it('encodes search parameters', () => {
    expect(urls.search({ q: 'internal matter', speaker: 'taliban-delegation' })).toBe('/search/?q=internal+matter&speaker=taliban-delegation');
    expect(urls.search()).toBe('/search/');
    expect(urls.search({ speaker: ['khawaja-asif', 'attaullah-tarar'] })).toBe('/search/?speaker=khawaja-asif&speaker=attaullah-tarar');
  });
  it('makes absolute URLs and refuses to without a site', () => {
    expect(absoluteUrl('/statements/a/', 'https://example.org')).toBe('https://example.org/statements/a/');
    expect(() => absoluteUrl('/', undefined)).toThrow(/site/);
  });
});

describe('the pages Pagefind reads', () => {
  it('are the entry pages of the searchable sections, not list pages or later pages', () => {
    expect(SEARCHABLE_GLOB).toBe('{statements,speakers,sources,talks,events}/*/index.html');
    for (const file of ['statements/asif-caves-warning/index.html', 'speakers/khawaja-asif/index.html', 'talks/istanbul-talks/index.html']) expect(isSearchableFile(file), file).toBe(true);
    for (const file of ['statements/index.html', 'statements/page/2/index.html', 'speakers/khawaja-asif/page/2/index.html', 'topics/ttp/index.html', 'statements/x/card.png', 'index.html'])
      expect(isSearchableFile(file), file).toBe(false);
  });
});

describe('paginate', () => {
  it('splits into pages with their ranges', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ page: 3, pageCount: 3, total: 5, first: 5, last: 5 });
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 }]);
  });
  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('text helpers', () => {
  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('short', 12)).toBe('short');
  });
  it('counts with the right plural', () => {
    expect(countOf(1, 'statement')).toBe('1 statement');
    expect(countOf(2, 'person or body', 'people and bodies')).toBe('2 people and bodies');
  });
  it('splits a source into non-empty paragraphs', () => {
    expect(paragraphsOf('A.\n\n B. \nC.')).toEqual(['A.', 'B.', 'C.']);
  });
  it('finds a passage whatever its quote marks and keeps the original characters', () => {
    expect(splitAround('could“completely destroy the regime,” and', '"completely destroy')).toEqual(['could', '“completely destroy', ' the regime,” and']);
    expect(splitAround('nothing here', 'absent')).toBeNull();
  });
});

describe('link previews', () => {
  it('lists how, where and when, or says the source does not', () => {
    const labels = { 'post-on-x': 'Post on X', 'not-stated': 'Not stated' };
    expect(renderingDetails({ medium: 'post-on-x', when: 'after the talks' }, labels)).toEqual(['Post on X', 'When: “after the talks”']);
    expect(renderingDetails({ medium: 'not-stated' }, labels)).toEqual(['Where or how it was said: not stated by the source']);
  });
  it('names a distributor as one', () => {
    expect(outletPhrase({ name: 'MENAFN', role: 'distributor' })).toBe('distributed by MENAFN');
    expect(outletPhrase(undefined)).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('cannot be broken out of its script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
  it('describes a Quotation with its speaker and sources', () => {
    const ld = quotationLd({
      url: 'https://e.org/statements/a/',
      text: 'full force',
      speaker: { name: 'Khawaja Asif', url: 'https://e.org/speakers/khawaja-asif/', kind: 'person' },
      sources: [{ name: 'S', url: 'https://e.org/sources/s/' }],
      isPartOf: { name: 'W', url: 'https://e.org/' },
    });
    expect(ld).toMatchObject({ '@type': 'Quotation', text: 'full force', creator: { '@type': 'Person', name: 'Khawaja Asif' } });
    // schema.org defines spokenByCharacter for fictional characters.
    expect(ld).not.toHaveProperty('spokenByCharacter');
    expect(ld).not.toHaveProperty('creditText');
    expect(ld.isBasedOn).toEqual([{ '@type': 'NewsArticle', name: 'S', url: 'https://e.org/sources/s/' }]);
  });
  it('does not present reported speech as a quotation', () => {
    const ld = statementLd({
      kind: 'paraphrase',
      url: 'https://e.org/statements/b/',
      text: 'Analysts note that x.',
      speaker: { name: 'Analysts', url: 'https://e.org/speakers/analysts/', kind: 'group' },
      sources: [{ name: 'S', url: 'https://e.org/sources/s/' }],
      isPartOf: { name: 'W', url: 'https://e.org/' },
    });
    expect(ld['@type']).toBe('Claim');
    expect(ld).not.toHaveProperty('spokenByCharacter');
    expect(ld).toMatchObject({ creator: { '@type': 'Organization', name: 'Analysts' }, appearance: [{ '@type': 'NewsArticle', url: 'https://e.org/sources/s/' }] });
  });
});

describe('source paragraphs', () => {
  it('files each statement under the paragraphs its passages come from', () => {
    const paragraphs = ['He said “a”.', 'Then “b” and “c”.'];
    const found = statementsByParagraph(paragraphs, [
      { id: 's1', passages: ['a'] },
      { id: 's2', passages: ['b', 'c'] },
    ]);
    expect(found.map((list) => list.map((statement) => statement.id))).toEqual([['s1'], ['s2']]);
  });
  it('recognises an article subheading', () => {
    expect(isSubheading('Islamabad Demands Action, Kabul Evades Commitment')).toBe(true);
    expect(isSubheading('The talks ended without agreement.')).toBe(false);
  });
});

describe('the address shown before the browser knows better', () => {
  it('is the canonical URL with a real SITE_URL, the path alone with the placeholder', async () => {
    const { shownUrl } = await import('../../lib/routes/urls.ts');
    expect(shownUrl('/statements/x/', 'https://real.example.org', 'https://placeholder.example')).toBe('https://real.example.org/statements/x/');
    expect(shownUrl('/statements/x/', 'https://placeholder.example', 'https://placeholder.example')).toBe('/statements/x/');
  });
});

describe('speakerTally', () => {
  it("counts a speaker's statements and sources, and a body's members' when it has any", () => {
    expect(speakerTally({ statements: 16, sources: 2 }, { statements: 0, sources: 0 })).toBe('16 statements from 2 sources.');
    expect(speakerTally({ statements: 1, sources: 1 }, { statements: 3, sources: 2 })).toBe('1 statement from 1 source; 3 statements by its members from 2 sources.');
    expect(speakerTally({ statements: 0, sources: 0 }, { statements: 5, sources: 1 })).toBe('0 statements; 5 statements by its members from 1 source.');
  });
});

describe('throughPreviewNote', () => {
  it("says how many of the words reported through an intermediary are listed and where the others are", () => {
    expect(throughPreviewNote(25, 60)).toBe("The first 25 of 60, in the order the sources report them. Each of these statements is also on its speaker's page.");
  });
});

describe('membersPreviewNote', () => {
  it("says how many of the members' statements are listed and where the rest are", () => {
    expect(membersPreviewNote(25, 1040)).toBe("The first 25 of 1040, in the order the sources report them. Each member's page lists all of theirs; the search finds all 1040.");
  });
});

describe('sideLede', () => {
  it('counts statements by those of the side who speak, not by everyone it names', () => {
    expect(sideLede({ statements: 4, speaking: 3, actors: 9, sources: 1 })).toBe('4 statements by 3 of the 9 people and bodies on this side, reported in 1 source.');
    expect(sideLede({ statements: 1, speaking: 1, actors: 1, sources: 1 })).toBe('1 statement by the 1 person or body on this side, reported in 1 source.');
  });
  it('says when the side is only mentioned', () => {
    expect(sideLede({ statements: 0, speaking: 0, actors: 2, sources: 0 })).toBe('The sources report no statement by the 2 people and bodies on this side; they are mentioned only.');
  });
});

describe('statementCountLabel', () => {
  it('counts statements, and says when a speaker is only mentioned', () => {
    expect(statementCountLabel(3)).toBe('3 statements');
    expect(statementCountLabel(1)).toBe('1 statement');
    expect(statementCountLabel(0)).toBe('mentioned only');
  });
});
