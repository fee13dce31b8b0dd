import { t } from '../i18n/index.svelte';
import type { ScenarioMarks } from './marks';

/** «Пройден, лучший результат 72 из 100» — the marks in words, for cards and the scenario page. */
export function describeMarks(marks: ScenarioMarks): string {
  const status = t(`scenarios:mark.${marks.status}`);
  if (marks.completedCount === 0) return status;
  const best =
    marks.best === null
      ? t('scenarios:mark.bestInsufficient')
      : t('scenarios:mark.best', { score: marks.best });
  return `${status}, ${best}`;
}
