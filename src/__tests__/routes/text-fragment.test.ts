import { describe, expect, it } from 'vitest';
import { directiveFor, findDirective, formatTextDirective, parseTextDirective } from '../../lib/routes/text-fragment.ts';
import { wordsInSourceHref } from '../../lib/routes/words-in-source.ts';
import { quotedPassage } from '../../lib/text/text.ts';

// An invented paragraph, glued quotation marks as the sources print them.
const paragraph = 'The minister said Pakistan would act“if its patience runs out, and not before that day comes,” adding that talks-as-usual had ended.';

describe('text directives', () => {
  it('spells out a short passage with the words before it as a prefix, escaping the directive\'s separators', () => {
    const passage = quotedPassage(paragraph, ['talks-as-usual had ended'])!;
    const directive = directiveFor(paragraph, passage, 4);
    // Three words before it, as the paragraph spaces them (a closing mark stays glued to its word).
    expect(directive).toEqual({ prefix: 'comes,” adding that', start: 'talks-as-usual had ended' });
    expect(formatTextDirective(directive)).toBe('text=comes%2C%E2%80%9D%20adding%20that-,talks%2Das%2Dusual%20had%20ended');
  });

  it('gives a long passage as its first and last words, and the paragraph number as prefix at its start', () => {
    const passage = { start: 0, end: 'The minister said Pakistan would act“if its patience runs out, and not'.length };
    expect(directiveFor(paragraph, passage, 7)).toEqual({ prefix: '¶7', start: 'The minister said Pakistan would', end: 'patience runs out, and not' });
    // Up to ten words are given whole.
    expect(directiveFor(paragraph, { start: 0, end: 'The minister said Pakistan would act“if its patience runs out'.length }, 7).end).toBeUndefined();
  });

  it('reads back what it writes, and finds the words where a browser would', () => {
    const passage = quotedPassage(paragraph, ['if its patience runs out, and not before that day comes,'])!;
    const written = `#p4:~:${formatTextDirective(directiveFor(paragraph, passage, 4))}`;
    const parsed = parseTextDirective(written)!;
    expect(parsed.anchor).toBe('p4');
    const text = `¶4 ${paragraph}`;
    const found = findDirective(text, parsed.directive)!;
    expect(text.slice(found.start, found.end)).toBe('if its patience runs out, and not before that day comes,');
  });

  it('finds nothing for words that are not there, and parses no directive from a plain anchor', () => {
    expect(findDirective(paragraph, { start: 'patience ran out' })).toBeNull();
    expect(findDirective(paragraph, { prefix: 'nobody', start: 'talks' })).toBeNull();
    expect(parseTextDirective('#p4')).toBeNull();
  });

  it('a statement links its quotes in their paragraph; an interrupted quotation spans its parts', () => {
    const href = wordsInSourceHref('invented-source', 3, paragraph, ['if its patience runs out', 'talks-as-usual had ended'])!;
    expect(href.startsWith('/sources/invented-source/#p4:~:text=')).toBe(true);
    const found = findDirective(paragraph, parseTextDirective(href.slice(href.indexOf('#')))!.directive)!;
    expect(paragraph.slice(found.start, found.end)).toBe('if its patience runs out, and not before that day comes,” adding that talks-as-usual had ended');
    expect(wordsInSourceHref('invented-source', 3, paragraph, ['words not here'])).toBeNull();
  });
});
