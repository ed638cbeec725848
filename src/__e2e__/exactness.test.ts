/**
 * The site's promise, checked on every built page: the words of every
 * statement card are one source's words, shown under that source's name
 * alone; the parts of an interrupted quotation are never bridged by an
 * ellipsis; and no page credits a reporter's sentence to a speaker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { foldForMatch, isVerbatimIn } from '../lib/text/quote-match.ts';
import { distDir, listHtmlFiles } from './helpers/dist.ts';
import { pathOf, publishedStatements } from './helpers/site-data.ts';

const dist = distDir();
const sources = (JSON.parse(readFileSync(path.join(dist, 'data/sources.json'), 'utf8')).sources as { id: string; label: string; paragraphs: string[] }[]).map((source) => ({
  ...source,
  text: source.paragraphs.join('\n'),
}));
const sourceByLabel = new Map(sources.map((source) => [source.label, source]));

interface Card {
  words: string;
  sourceLine: string;
}

/** The statement cards of a page: the words of each card's link and its "As reported in …" line. */
function cardsOf(html: string): Card[] {
  const cards: Card[] = [];
  let depth = 0;
  let field: 'words' | 'sourceLine' | undefined;
  let current: Card | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = (attributes.class ?? '').split(/\s+/);
        if (name === 'li' && classes.includes('statement-card')) {
          current = { words: '', sourceLine: '' };
          depth = 0;
        }
        if (!current) return;
        depth += 1;
        if (classes.includes('statement-card__link')) field = 'words';
        if (classes.includes('statement-card__source')) field = 'sourceLine';
      },
      ontext(text) {
        if (current && field) current[field] += text;
      },
      onclosetag(name) {
        if (!current) return;
        if (name === 'a' || name === 'p') field = undefined;
        depth -= 1;
        if (name === 'li' && depth <= 0) {
          cards.push(current);
          current = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return cards;
}

const pages = listHtmlFiles(dist).map((file) => [file, readFileSync(path.join(dist, file), 'utf8')] as const);
const withCards = pages.map(([file, html]) => [file, cardsOf(html)] as const).filter(([, cards]) => cards.length > 0);

describe('every statement card on every page', () => {
  it('there are cards to check', () => {
    expect(withCards.length).toBeGreaterThan(10);
  });

  it.each(withCards)("%s: each card's quoted words are verbatim in the one source the card names for them", (_file, cards) => {
    for (const card of cards) {
      const named = /As reported in (.+?)(?: \([^)]*\))?\.(?: |$)/.exec(card.sourceLine.replace(/\s+/g, ' '))?.[1];
      const source = named ? sourceByLabel.get(named) : undefined;
      expect(source, `${card.sourceLine} names a known source`).toBeDefined();
      const quoted = [...card.words.matchAll(/“([^”]+)”/g)].map((match) => match[1]!.replace(/…$/, ''));
      const words = quoted.length > 0 ? quoted : [card.words.replace(/^\s*Reported speech:\s*/, '').replace(/…\s*$/, '')];
      for (const part of words) expect(isVerbatimIn(part.trim(), source?.text ?? ''), `“${part}” in ${named}`).toBe(true);
    }
  });

  it.each(withCards)('%s: no ellipsis bridges two parts of a quotation', (_file, cards) => {
    for (const card of cards) expect(card.words, card.words).not.toMatch(/”\s*…\s*“|[^.]…\s+\S/);
  });
});

describe('every statement page', () => {
  const statements = publishedStatements();
  it.each(statements.map((statement) => [statement.id, statement] as const))("%s: a reporter's sentence is never credited to the speaker", (_id, statement) => {
    const html = readFileSync(path.join(dist, pathOf(statement.url), 'index.html'), 'utf8');
    const metaAuthors = [...html.matchAll(/<meta name="(?:citation_author|DC\.creator|author)" content="([^"]*)"/g)].map((match) => match[1]);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    const cites = [...html.matchAll(/<pre id="cite-\d+-(?:bibtex|ris)">([\s\S]*?)<\/pre>/g)].map((match) => match[1] ?? '');
    if (statement.kind === 'paraphrase') {
      expect(metaAuthors).toEqual([]);
      expect(JSON.stringify(ld)).not.toContain('"creator"');
      for (const cite of cites) expect(cite).not.toMatch(/author = |^AU {2}- /m);
    } else {
      expect(metaAuthors.length).toBeGreaterThan(0);
      for (const author of metaAuthors) expect(foldForMatch(author ?? '').replace(/,$/, '')).toBe(statement.speaker.name);
    }
  });
});
