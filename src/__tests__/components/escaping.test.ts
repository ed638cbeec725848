/**
 * Words copied from sources may contain anything, "<script>" included. The
 * schemas refuse markup in the site's own prose; verbatim words are allowed
 * any character and must come out escaped.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import Breadcrumbs from '../../components/Breadcrumbs.astro';
import QuotationFigure from '../../components/QuotationFigure.astro';
import ReportedList from '../../components/ReportedList.astro';
import SpeakerBadge from '../../components/SpeakerBadge.astro';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

// Components read sources through siteData(); give them one source whose text holds the hostile words.
vi.mock('../../lib/site-data/site-data.ts', () => ({
  siteData: async () => ({
    source: (id: string) => ({ id, collection: 'sources', data: { label: 'A source' } }),
    sourceParagraphs: () => [`He said ${HOSTILE} loudly.`],
    sourceText: () => `He said ${HOSTILE} loudly.`,
    paragraphOf: () => 0,
    // The hedge is shown beside the speaker: it must come out escaped too.
    hedgeOfRendering: () => HOSTILE,
  }),
}));

const speaker = { id: 'x', collection: 'actors', data: { name: HOSTILE, role: HOSTILE, side: 'pakistan', kind: 'person' } };

const expectEscaped = (html: string) => {
  expect(html).not.toContain('<script>');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;');
};

describe('text from content is escaped in the HTML', () => {
  it('in a quotation, its caption and its source details (verbatim fields)', async () => {
    const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
    const rendering = { source: { id: 's', collection: 'sources' }, quotes: [HOSTILE], excerpt: HOSTILE, medium: 'not-stated', setting: HOSTILE, when: HOSTILE, attribution: HOSTILE };
    const statement = { id: 'q', collection: 'statements', data: { kind: 'direct-quote' } };
    const html = await container.renderToString(QuotationFigure, { props: { statement, rendering, speaker } });
    expect(html).toContain('<blockquote');
    expectEscaped(html);
  });

  it('in facts quoted from the sources', async () => {
    const container = await AstroContainer.create();
    expectEscaped(await container.renderToString(ReportedList, { props: { items: [{ text: HOSTILE, source: { id: 's' } }] } }));
  });

  it('in a speaker badge and in breadcrumbs', async () => {
    const container = await AstroContainer.create();
    expectEscaped(await container.renderToString(SpeakerBadge, { props: { actor: speaker } }));
    expectEscaped(await container.renderToString(Breadcrumbs, { props: { trail: [{ label: HOSTILE, href: '/' }], current: HOSTILE } }));
  });
});
