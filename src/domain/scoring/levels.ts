import type { Level } from './types';

/**
 * Cut-offs of the four levels on the 0–100 scale. They are a convention for reading a profile,
 * not a norm: SJT scores are indicative (see DESIGN.md), so the report always shows the number too.
 */
export const LEVEL_CUTOFFS = { developing: 40, competent: 60, strong: 80 } as const;

export const LEVELS: readonly Level[] = [
  'insufficient',
  'needsDevelopment',
  'developing',
  'competent',
  'strong',
];

export function levelOf(score: number | null): Level {
  if (score === null) return 'insufficient';
  if (score >= LEVEL_CUTOFFS.strong) return 'strong';
  if (score >= LEVEL_CUTOFFS.competent) return 'competent';
  if (score >= LEVEL_CUTOFFS.developing) return 'developing';
  return 'needsDevelopment';
}

/** Fewer observations than this give "not enough evidence" instead of a number. */
export const MIN_OBSERVATIONS = 2;
