/**
 * Time limits for accessibility (WCAG 2.2.1): the trainee may give themselves twice or ten times
 * the time, or switch timers off — unless the attempt's settings fix the policy (a counsellor's
 * assessment). Pure helpers over the stored values.
 */
export const TIME_CHOICES = ['1', '2', '10', 'off'] as const;
export type TimeChoice = (typeof TIME_CHOICES)[number];
export const DEFAULT_TIME_CHOICE: TimeChoice = '1';

export function isTimeChoice(value: unknown): value is TimeChoice {
  return typeof value === 'string' && (TIME_CHOICES as readonly string[]).includes(value);
}

/** The engine's `timeScale`: a multiplier, or null for no time limit. */
export function timeScaleOf(choice: TimeChoice): number | null {
  return choice === 'off' ? null : Number(choice);
}

export function timeChoiceOf(scale: number | null): TimeChoice {
  if (scale === null) return 'off';
  const found = TIME_CHOICES.find((c) => c !== 'off' && Number(c) === scale);
  return found ?? DEFAULT_TIME_CHOICE;
}

/**
 * A time policy fixed by whoever set up the attempt, stored as `attempt.settings.timePolicy`:
 * `{ fixed: true, timeScale: 1 }` (or null for untimed). The trainee's own setting is then ignored.
 */
export interface FixedTimePolicy {
  fixed: true;
  timeScale: number | null;
}

export function fixedTimePolicy(timeScale: number | null = 1): FixedTimePolicy {
  return { fixed: true, timeScale };
}

function validScale(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100);
}

export function readFixedPolicy(settings: Record<string, unknown> | undefined): FixedTimePolicy | undefined {
  const policy = settings?.['timePolicy'];
  if (policy === 'fixed') return fixedTimePolicy(1);
  if (typeof policy !== 'object' || policy === null) return undefined;
  const p = policy as { fixed?: unknown; timeScale?: unknown };
  if (p.fixed !== true) return undefined;
  return fixedTimePolicy(validScale(p.timeScale) ? p.timeScale : 1);
}

/** The time scale an attempt runs with: a fixed policy wins, then what was stored at its start. */
export function attemptTimeScale(settings: Record<string, unknown> | undefined): number | null {
  const fixed = readFixedPolicy(settings);
  if (fixed) return fixed.timeScale;
  const stored = settings?.['timeScale'];
  return validScale(stored) ? stored : 1;
}
