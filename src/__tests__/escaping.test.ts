/**
 * Words copied from sources may contain anything, "<script>" included. The
 * schemas refuse markup in the site's own prose; verbatim words are allowed
 * any character and must come out escaped.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SpeakerBadge from '../components/SpeakerBadge.astro';
import Breadcrumbs from '../components/Breadcrumbs.astro';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('text from content is escaped in the HTML', () => {
  it('in a speaker badge (name and role)', async () => {
    const container = await AstroContainer.create();
    const actor = { id: 'x', collection: 'actors', data: { name: HOSTILE, role: HOSTILE, side: 'pakistan', kind: 'person' } };
    const html = await container.renderToString(SpeakerBadge, { props: { actor } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('in breadcrumbs', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Breadcrumbs, { props: { trail: [{ label: HOSTILE, href: '/' }], current: HOSTILE } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
