import { z } from 'astro/zod';
import { enumOf, plainText, verbatim } from './shared.ts';
import { siteHistory } from './corrections.ts';

/**
 * A source article. Only what the article itself says of its headline and
 * outlet is recorded; where it says nothing, the field stays empty and the
 * site says so. The article text lives beside the entry as `<id>.txt`.
 */
/** What may be left out of a source text as not being content, with how readers see it named. */
export const BOILERPLATE_KINDS = {
  'related-link': 'A related-article link',
  'legal-disclaimer': 'A legal disclaimer',
  'comment-count': 'A comment count or comment form',
  'share-buttons': 'Share-button text',
  'photo-caption': 'A photo caption or credit',
  byline: 'A byline',
  dateline: 'A dateline or publication-time line',
  'wire-credit': 'A news-agency credit',
} as const;

export const boilerplateKindSchema = enumOf(BOILERPLATE_KINDS);

export const sourceSchema = z
  .strictObject({
  ...siteHistory,
  /**
   * How the site names the source in lists and citations (its own words, never an invented title): short, neutral, with no
   * double quotation marks. Where the article has no headline the label is the site's description of it, in square brackets,
   * as reference lists write a supplied title ("[Report on …]"), so no view can pass it off as the article's headline.
   */
  label: plainText(120).refine((label) => !/["“”]/.test(label), 'must not contain double quotation marks: describe the article, do not quote it'),
  /** The headline as the article prints it, if it prints one. */
  headline: verbatim().optional(),
  /** The publisher or distributor, only where the article names it, with where it does. */
  outlet: z
    .strictObject({
      name: plainText(120),
      role: z.enum(['publisher', 'distributor']),
      basis: plainText(300),
    })
    .optional(),
  /** Dates and authors as the article gives them; neither article gives either today. */
  published: verbatim().optional(),
  author: verbatim().optional(),
  /** The file this text was taken from, as received (in `shared/sources/`). */
  receivedAs: z.string().regex(/^[\w.-]+\.txt$/, 'must be the received file name, e.g. 000_abc.txt'),
  /** Passages of the received file left out as boilerplate, verbatim, so the removal can be checked. */
  boilerplate: z
    .array(
      z.strictObject({
        kind: boilerplateKindSchema,
        text: verbatim(),
      }),
    )
    .default([]),
  })
  .superRefine((source, context) => {
    const bracketed = /^\[[^\]]+\]$/.test(source.label);
    if (!source.headline && !bracketed)
      context.addIssue({ code: 'custom', path: ['label'], message: 'the article has no headline, so the label is the site’s description and must be in square brackets, e.g. "[Report on …]"' });
    if (source.headline && bracketed) context.addIssue({ code: 'custom', path: ['label'], message: 'the article has a headline: use it (or its first part) without square brackets' });
  });

/** A source entry's data once parsed. */
export type SourceData = z.output<typeof sourceSchema>;
