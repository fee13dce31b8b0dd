import type { Step } from '../domain/scenario/schema';

/** Whether a step matches a search: by id, or by any of its texts in any language (case-insensitive). */
export function matchesSearch(step: Step | undefined, query: string): boolean {
  if (!step) return false;
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  if (step.id.toLocaleLowerCase().includes(q)) return true;
  return stepTexts(step).some((text) => text.toLocaleLowerCase().includes(q));
}

/** Every text of a step, in every language. */
export function stepTexts(step: Step): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(step);
  return out;
}
