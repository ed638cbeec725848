/**
 * Saying exactly what the sources say: each rendering's attribution in the
 * source's words, its hedge beside the speaker, the unnamed intermediary the
 * words came through, and boilerplate kept on record outside the article.
 * What the pages show is checked against the published data, not copied text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './helpers/browser.ts';
import { pathOf, publishedStatements } from './helpers/site-data.ts';

afterAll(closeBrowser);
const statements = publishedStatements();
const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('attribution on statement pages', () => {
  it('the data records an attribution for every rendering, and hedges where the source gives them', () => {
    const renderings = statements.flatMap((statement) => statement.renderings);
    expect(renderings.every((rendering) => typeof rendering.attribution === 'string' && rendering.attribution.length > 0)).toBe(true);
    expect(renderings.some((rendering) => rendering.hedge === 'reportedly')).toBe(true);
    expect(renderings.some((rendering) => rendering.via !== null)).toBe(true);
  });

  it.each(statements.map((statement) => [statement.id, statement] as const))(
    '%s: each rendering shows how its source attributes the words, with the hedge beside the speaker',
    async (_id, statement) => {
      const opened = await openPage(pathOf(statement.url), { waitUntil: 'load' });
      try {
        const captions = (await opened.page.locator('figure.quotation figcaption').allInnerTexts()).map(foldSpace);
        expect(captions).toHaveLength(statement.renderings.length);
        statement.renderings.forEach((rendering, index) => {
          const caption = captions[index] ?? '';
          if (rendering.attribution) expect(caption).toContain(foldSpace(rendering.attribution));
          if (rendering.hedge) expect(caption).toContain(`(${rendering.hedge})`);
          else expect(caption).not.toMatch(/\(reportedly|\(according to/);
          if (rendering.via) expect(caption).toContain('through');
        });
        for (const rendering of statement.renderings.filter((item) => item.via)) {
          await expect(opened.page.locator(`figure.quotation figcaption a[href="${pathOf(rendering.via?.url ?? '')}"]`).count()).resolves.toBeGreaterThan(0);
        }
      } finally {
        await opened.close();
      }
    },
  );

  it("an intermediary's page lists the words that came through it, each at its anchor", async () => {
    const passedOn = statements.filter((statement) => statement.renderings.some((rendering) => rendering.via));
    expect(passedOn.length).toBeGreaterThan(0);
    for (const statement of passedOn) {
      for (const rendering of statement.renderings.filter((item) => item.via)) {
        const opened = await openPage(pathOf(rendering.via?.url ?? ''), { waitUntil: 'load' });
        try {
          const card = opened.page.locator(`[id="${statement.id}"]`);
          await expect(card.count()).resolves.toBe(1);
          await expect(card.locator(`a[href="${pathOf(statement.url)}"]`).count()).resolves.toBeGreaterThan(0);
        } finally {
          await opened.close();
        }
      }
    }
  });
});

describe('boilerplate on source pages', () => {
  it('is kept on record, collapsed and outside the article text', async () => {
    const opened = await openPage('/sources/istanbul-to-tora-bora/', { waitUntil: 'load' });
    try {
      const leftOut = opened.page.locator('details#left-out');
      await expect(leftOut.count()).resolves.toBe(1);
      await expect(leftOut.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(opened.page.locator('.source-text details, .source-text #left-out').count()).resolves.toBe(0);
      // Collapsed: the removed lines are not on screen until the reader opens them.
      const removed = leftOut.locator('li');
      await expect(removed.count()).resolves.toBeGreaterThan(0);
      await expect(removed.first().isVisible()).resolves.toBe(false);
      await leftOut.locator('summary').click();
      await expect(removed.first().isVisible()).resolves.toBe(true);
    } finally {
      await opened.close();
    }
  });
});
