import { z } from 'astro/zod';

/** The topics statements are filed under; labels are what readers see. */
export const TOPICS = {
  'cross-border-strikes': 'Cross-border strikes',
  'ttp': 'Tehreek-e-Taliban Pakistan (TTP)',
  'istanbul-talks': 'Istanbul talks',
  'taliban-regime': 'The Taliban regime',
  'war-economy': 'War economy',
  'border-security': 'Border security',
  'mediation': 'Mediation',
  'history': 'History and rhetoric',
  'ceasefire': 'Truce and fighting',
} as const;

export type TopicId = keyof typeof TOPICS;

export const topicSchema = z.enum(Object.keys(TOPICS) as [TopicId, ...TopicId[]]);
