import { describe, expect, it } from 'vitest';
import { countOf, membersPreviewNote, paragraphsOf, sideLede, speakerTally, splitAround, statementCountLabel, speakerCount, throughPreviewNote, truncate, mentionedOnlyNote, searchSpeakerLabel, sourceCount, siteDatesLine } from '../../lib/text/text.ts';

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
    expect(splitAround('any words', '  ')).toBeNull();
  });
  it('finds a passage over line breaks and double spaces in the paragraph, and returns the paragraph’s own characters', () => {
    expect(splitAround('He said  “we will\nnot accept” it', 'we will not accept')).toEqual(['He said  “', 'we will\nnot accept', '” it']);
    expect(splitAround('a\tb  c said it', "b c said")).toEqual(['a\t', 'b  c said', ' it']);
    expect(splitAround('one  two', 'three')).toBeNull();
    expect(splitAround('under\u00A0the deal', 'under the')).toEqual(['', 'under\u00A0the', ' deal']);
  });
  it('finds the first of two occurrences, on either path', () => {
    expect(splitAround('the caves, the caves', 'caves')).toEqual(['the ', 'caves', ', the caves']);
    expect(splitAround('the  caves, the caves', 'caves')).toEqual(['the  ', 'caves', ', the caves']);
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

describe('speakerCount', () => {
  it('counts speakers with statements, out of everyone named, the same way on every page', () => {
    expect(speakerCount({ speaking: 11, actors: 25 })).toBe('11 speakers with statements, of 25 people and bodies named');
    expect(speakerCount({ speaking: 1, actors: 1 })).toBe('1 speaker with statements');
  });
});

describe('statementCountLabel', () => {
  it('counts statements, and says when a speaker is only mentioned', () => {
    expect(statementCountLabel(3)).toBe('3 statements');
    expect(statementCountLabel(1)).toBe('1 statement');
    expect(statementCountLabel(0)).toBe('mentioned only');
  });
});

describe('wording of counts and names', () => {
  it('words the search link so that any name reads right in it', () => {
    expect(searchSpeakerLabel('Khawaja Asif')).toBe('Search statements by Khawaja Asif');
    expect(searchSpeakerLabel('A Pakistani security official familiar with the negotiations')).toBe('Search statements by a Pakistani security official familiar with the negotiations');
    expect(searchSpeakerLabel('Analysts')).toBe('Search statements by Analysts');
  });
  it('says a speaker is only mentioned without a verb that must agree with the name', () => {
    expect(mentionedOnlyNote('Baloch separatist elements')).toBe('The sources report no statement by Baloch separatist elements; the name is only mentioned.');
    expect(mentionedOnlyNote('A United Nations spokesperson')).toBe('The sources report no statement by a United Nations spokesperson; the name is only mentioned.');
  });
  it('counts the sources statements come from, each once', () => {
    const statement = (...sources: string[]) => ({ data: { renderings: sources.map((id) => ({ source: { id } })) } });
    expect(sourceCount([statement('a', 'b'), statement('a'), statement('c')])).toBe(3);
    expect(sourceCount([])).toBe(0);
  });
});

describe("the site's own dates", () => {
  it('are said as the site’s, in words, and the change only when there is one', () => {
    expect(siteDatesLine('2026-11-25')).toBe('Published on this site on 25 November 2026.');
    expect(siteDatesLine('2026-11-25', '2026-12-01')).toBe('Published on this site on 25 November 2026; last changed on 1 December 2026.');
    expect(siteDatesLine('2026-11-25', '2026-11-25')).toBe('Published on this site on 25 November 2026.');
  });
});
