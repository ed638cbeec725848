/** The site's name and one-line description, used in titles, previews and citations. */
export const SITE = {
  name: 'Who Said What: Pakistan and the Afghan Taliban',
  shortName: 'Who Said What',
  description:
    'Statements in the dispute between Pakistan and the Afghan Taliban government as the news articles it covers report them: who made each, where it was reported, checked word for word against its source.',
} as const;

/** The address used when `SITE_URL` is not set: it never loads, so pages link relative to where they are served instead. */
export const PLACEHOLDER_SITE_URL = 'https://who-said-what.example';

/**
 * Who may reuse what (also in LICENSE, the README, /data/ and every data file): the code is MIT; the site's own
 * text (summaries, context, labels) and its data files are CC BY 4.0; the quotations and source texts are the publishers'.
 */
export const LICENCE = {
  code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  content: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  quotations:
    'The quotations and the source texts are the words of their speakers and publishers, reproduced for reference and verification; they are not licensed by this site, and their rights stay with their publishers.',
} as const;
