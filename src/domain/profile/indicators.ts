/**
 * Observable behaviour indicators, 2–4 per competency: what a strong and a weak answer look like
 * in a client conversation. The data is split by group only to keep the files readable.
 */
import type { CompetencyId } from './competencies';
import { KNOWLEDGE_INDICATORS } from './indicators/knowledge';
import { QUALITY_INDICATORS } from './indicators/qualities';
import { SKILL_INDICATORS } from './indicators/skills';
import type { BehaviourIndicator } from './indicators/types';

export type { BehaviourIndicator } from './indicators/types';

export const INDICATORS: Readonly<Record<CompetencyId, readonly BehaviourIndicator[]>> = {
  ...KNOWLEDGE_INDICATORS,
  ...SKILL_INDICATORS,
  ...QUALITY_INDICATORS,
};
