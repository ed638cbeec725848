/** An entry's corrections as the open data gives them (absent values as null). Used by open-data.ts. */
import type { Correction } from '../../schemas/corrections.ts';

export const correctionRecords = (corrections: readonly Correction[]) =>
  corrections.map((correction) => ({ day: correction.day, fields: [...correction.fields], source: correction.source ?? null, before: correction.before ? [...correction.before] : null, what: correction.what, why: correction.why }));
