import { z } from 'astro/zod';

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

export const topicSchema = z.enum(Object.keys(TOPICS) as [TopicId, ...TopicId[]]);
