import { describe, expect, it } from 'vitest';
import { STATEMENT_KINDS } from '../../schemas/statements.ts';
import { decodeCardMeta, encodeCardMeta, excerptSegments, highlightSegments, resultHref, searchWords, statementCard, type CardMeta } from '../../lib/search/card.ts';

const meta: CardMeta = {
  quote: '“push them back to the caves for hiding”',
  kind: 'direct-quote',
  speaker: 'Khawaja Asif',
  role: "Pakistan's Defence Minister",
  side: 'Pakistan',
  sideId: 'pakistan',
  sources: 'As reported in A report. From Istanbul To Tora Bora words it differently.',
  summary: 'Khawaja Asif warns of the caves.',
};

describe('card meta', () => {
  it('round-trips through the page and refuses what is not a card', () => {
    expect(decodeCardMeta(encodeCardMeta(meta))).toEqual({ ...meta, hedge: undefined });
    expect(decodeCardMeta(undefined)).toBeUndefined();
    expect(decodeCardMeta('{not json')).toBeUndefined();
    expect(decodeCardMeta(JSON.stringify({ ...meta, kind: 'rumour' }))).toBeUndefined();
    expect(decodeCardMeta(JSON.stringify({ ...meta, sources: ['A report'] }))).toBeUndefined();
  });
});

describe('marking the searched words', () => {
  it('marks words that begin with a searched word, ignoring case and accents', () => {
    expect(highlightSegments('Back to the Caves, said Türkiye', searchWords('cave turkiye'))).toEqual([
      { text: 'Back to the ', mark: false },
      { text: 'Caves', mark: true },
      { text: ', said ', mark: false },
      { text: 'Türkiye', mark: true },
    ]);
    expect(highlightSegments('no match here', searchWords('caves'))).toEqual([{ text: 'no match here', mark: false }]);
    expect(highlightSegments('anything', [])).toEqual([{ text: 'anything', mark: false }]);
  });
  it('turns Pagefind excerpts into plain text runs, entities decoded and any other markup dropped', () => {
    expect(excerptSegments('the <mark>caves</mark> &amp; &lt;b&gt; <img src=x onerror=alert(1)>hills')).toEqual([
      { text: 'the ', mark: false },
      { text: 'caves', mark: true },
      { text: ' & <b> hills', mark: false },
    ]);
  });
});

describe('result links', () => {
  it('carry each searched word for the statement page to mark, and nothing when nothing was typed', () => {
    expect(resultHref('/statements/x/', 'caves hiding')).toBe('/statements/x/?pagefind-highlight=caves&pagefind-highlight=hiding');
    expect(resultHref('/statements/x/', '')).toBe('/statements/x/');
    expect(resultHref('/statements/x/?pagefind-highlight=old#p2', 'new')).toBe('/statements/x/?pagefind-highlight=new#p2');
  });
});

describe('statementCard', () => {
  it('shows a direct quotation in its quotation marks, with its speaker, role, side and the source whose words they are', () => {
    const card = statementCard('/statements/asif-caves-warning/', meta, 'caves');
    expect(card.words.map((segment) => segment.text).join('')).toBe('“push them back to the caves for hiding”');
    expect(card.label).toBeUndefined();
    expect(card.speakerLine).toBe("Khawaja Asif, Pakistan's Defence Minister");
    expect(card.sources).toBe('As reported in A report. From Istanbul To Tora Bora words it differently.');
    expect(card.words.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['caves']);
    expect(card.href).toBe('/statements/asif-caves-warning/?pagefind-highlight=caves');
  });
  it('never quotes reported speech, labels it, and shows the hedge beside the speaker', () => {
    const card = statementCard('/statements/x/', { ...meta, quote: 'Pakistan urged x.', kind: 'paraphrase', speaker: 'Government of Pakistan', role: undefined, hedge: 'reportedly', sources: 'As reported in One (reportedly).' }, '');
    expect(card.words.map((segment) => segment.text).join('')).toBe('Pakistan urged x.');
    expect(card.label).toBe('Reported speech');
    expect(card.speakerLine).toBe('Government of Pakistan (reportedly)');
    // A hedge stays with the name, before the role.
    expect(statementCard('/s/', { ...meta, hedge: 'reportedly' }, '').speakerLine).toBe("Khawaja Asif (reportedly), Pakistan's Defence Minister");
    expect(card.sources).toBe('As reported in One (reportedly).');
  });
  it('names the kind as every other statement card does', () => {
    expect(statementCard('/s/', meta, '').kindLabel).toBe(STATEMENT_KINDS['direct-quote']);
    expect(statementCard('/s/', { ...meta, kind: 'paraphrase' }, '').kindLabel).toBe(STATEMENT_KINDS.paraphrase);
  });
  it('only lets a known side name the card colour', () => {
    expect(statementCard('/s/', { ...meta, sideId: 'x" onclick="y' }, '').sideId).toBe('unstated');
  });
});
