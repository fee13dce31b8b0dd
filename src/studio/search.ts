import type { Step } from '../domain/scenario/schema';

/** Whether a step matches a search: by id, or by any of its texts in any language (case-insensitive). */
export function matchesSearch(step: Step | undefined, query: string): boolean {
  if (!step) return false;
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return true;
  if (step.id.toLocaleLowerCase().includes(q)) return true;
  return stepTexts(step).some((text) => text.toLocaleLowerCase().includes(q));
}

/** Every user-visible text of a step ({ru, en} objects), in every language; ids and links are left out. */
export function stepTexts(step: Step): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const lang of ['ru', 'en']) if (typeof record[lang] === 'string') out.push(record[lang]);
      Object.values(record).forEach(visit);
    }
  };
  visit(step);
  return out;
}

/** The best match of a search: the step with that id, else an id containing it, else a text. */
export function bestMatch(steps: readonly Step[], query: string): Step | undefined {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return undefined;
  return (
    steps.find((s) => s.id.toLocaleLowerCase() === q) ??
    steps.find((s) => s.id.toLocaleLowerCase().includes(q)) ??
    steps.find((s) => matchesSearch(s, q))
  );
}
