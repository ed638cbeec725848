import { enumOf } from './shared.ts';

/**
 * The topics statements are filed under; labels are what readers see. Labels
 * stay neutral between the sides: the sources' words where both sides' accounts
 * use them, the site's plain words where they differ ("Taliban government",
 * not one side's "regime").
 */
export const TOPICS = {
  'cross-border-strikes': 'Cross-border strikes',
  'ttp': 'Tehreek-e-Taliban Pakistan (TTP)',
  'istanbul-talks': 'Istanbul talks',
  'taliban-government': 'The Taliban government',
  'war-economy': 'War economy',
  'border-security': 'Border security',
  'mediation': 'Mediation',
  'history': 'History and historical references',
  'ceasefire': 'Truce and fighting',
} as const;

export type TopicId = keyof typeof TOPICS;

/** Where a label is the site's own word rather than the sources', the topic page says so. */
export const TOPIC_LABEL_NOTES: Partial<Record<TopicId, string>> = {
  'taliban-government':
    'The label is the site’s own. The sources write both “Taliban regime” and “Taliban government”; the site uses the second in its own words and keeps “regime” wherever a source or a speaker uses it.',
  'war-economy':
    'The label is Khawaja Asif’s phrase, not the site’s description: the second source reports it as “what he described as” a war economy.',
  history: 'The label is the site’s own, for statements that refer to the past, such as the “graveyard of empires” phrase and the Tora Bora caves.',
};

/**
 * Words readers type for a topic that its statements may not contain
 * ("ceasefire" where the sources write "sustainable truce"). They are the
 * site's own search labels, never the sources' words: indexed on each of the
 * topic's statements at low weight, shown on the topic page, and a result found
 * only through them says so. Kept to words that name the topic, neutral
 * between the sides, and not so common that every search would meet them.
 */
export const TOPIC_SEARCH_WORDS: Partial<Record<TopicId, readonly string[]>> = {
  ceasefire: ['ceasefire', 'truce', 'hostilities'],
  'cross-border-strikes': ['airstrikes', 'bombardment'],
  ttp: ['militancy', 'militants'],
  'istanbul-talks': ['negotiations', 'peace process'],
  'war-economy': ['profiteering'],
  'border-security': ['frontier'],
  mediation: ['mediators', 'intermediaries'],
  history: ['historical'],
};

export const topicSchema = enumOf(TOPICS);
