import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspFromHtml } from '../../lib/build/security-headers.ts';
import { checkContent } from '../../lib/content-files/content-check.ts';
import { embedBlockquote, embedModelOf } from '../../lib/sharing/embed.ts';
import { EMBED_PAGE_POLICY, EMBED_PAGE_STYLE, embedPageHtml, oembedJson } from '../../lib/sharing/embed-page.ts';
import { statementEmbedFiles } from '../../integrations/statement-embeds.ts';

const model = embedModelOf(
  { kind: 'direct-quote', source: { label: 'Invented Wire & Co' }, segments: [{ text: 'we will <not> wait', quoted: true }] },
  { name: 'Minister "Sample"' },
  'https://example.test/statements/a/',
  'The Site',
);
const links = { embedUrl: 'https://example.test/statements/a/embed/', homeUrl: 'https://example.test/', favicon: '/favicon.svg', siteShortName: 'WSW', title: 'Minister Sample on waiting' };

describe('the embed page', () => {
  const html = embedPageHtml(model, links);

  it('is the blockquote alone, with no script, links opening outside the frame, and not indexed', () => {
    expect(html).toContain(`<main>${embedBlockquote(model)}</main>`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<base target="_blank">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://example.test/statements/a/">');
    expect(html).toContain('<title>Statement by Minister &quot;Sample&quot; | WSW</title>');
  });

  it('carries a policy that allows its one style and nothing else to run or load, placed before the style', () => {
    expect(cspFromHtml(html)).toBe(EMBED_PAGE_POLICY);
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1];
    expect(style).toBe(EMBED_PAGE_STYLE);
    expect(EMBED_PAGE_POLICY).toContain(`'sha256-${createHash('sha256').update(style ?? '').digest('base64')}'`);
    expect(EMBED_PAGE_POLICY).toMatch(/^default-src 'none'/);
    expect(EMBED_PAGE_POLICY).not.toMatch(/script-src|frame-ancestors/);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('has an oEmbed answer that is JSON naming the embed page as its frame', () => {
    const answer = JSON.parse(oembedJson(model, links));
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: links.title, provider_url: links.homeUrl, author_url: model.url });
    expect(answer.html).toContain(`<iframe src="${links.embedUrl}"`);
  });
});

describe('the embed files of the content', () => {
  const { entries } = checkContent(path.resolve(import.meta.dirname, '../../../content'));
  const files = statementEmbedFiles(entries, 'https://example.test/', { name: 'The Site', shortName: 'WSW' });

  it('are one embed page and one oEmbed answer per statement, each for its own statement', () => {
    const ids = entries.filter((entry) => entry.collection === 'statements').map((entry) => entry.id);
    expect(files.map((file) => file.id).sort()).toEqual([...ids].sort());
    for (const file of files) {
      expect(file.page).toContain(`<link rel="canonical" href="https://example.test/statements/${file.id}/">`);
      expect(JSON.parse(file.oembed).html).toContain(`src="https://example.test/statements/${file.id}/embed/"`);
    }
  });

  it('credit reported speech to the source and quotations to the speaker, with the hedge where the first rendering has one', () => {
    const hedged = files.find((file) => file.id === 'islamabad-suspicious-movements');
    expect(JSON.parse(hedged?.oembed ?? '{}').author_name).toBe('Government of Pakistan (reportedly)');
    const reported = files.find((file) => file.id === 'analysts-ideological-alignment');
    expect(reported?.page).toContain('In reported speech about Analysts: the words are');
  });
});
