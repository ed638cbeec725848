/** The site's name and one-line description, used in titles, previews and citations. */
export const SITE = {
  name: 'Who Said What: Pakistan and the Afghan Taliban',
  shortName: 'Who Said What',
  description:
    'Statements in the dispute between Pakistan and the Afghan Taliban government as the news articles it covers report them: who made each, where it was reported, checked word for word against its source.',
} as const;

/** The address used when `SITE_URL` is not set: it never loads, so pages link relative to where they are served instead. */
export const PLACEHOLDER_SITE_URL = 'https://who-said-what.example';
