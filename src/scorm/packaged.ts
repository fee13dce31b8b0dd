/**
 * The scenario a SCORM package carries beside the app (`scenario.json`), read in SCORM mode
 * and validated like any file from outside before anything of it runs.
 */
import { validateScenarioJson, type Issue } from '../domain/scenario';
import type { Scenario } from '../domain/scenario/schema';

export const SCENARIO_FILE = 'scenario.json';

export type PackagedScenario =
  | { ok: true; scenario: Scenario }
  | { ok: false; reason: 'failed'; message: string }
  | { ok: false; reason: 'invalid'; issues: Issue[] };

export async function loadPackagedScenario(
  base: string,
  fetcher: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<PackagedScenario> {
  let text: string;
  try {
    const response = await fetcher(new URL(SCENARIO_FILE, base).href);
    if (!response.ok) throw new Error(`${SCENARIO_FILE}: HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const checked = validateScenarioJson(text);
  return checked.ok
    ? { ok: true, scenario: checked.scenario }
    : { ok: false, reason: 'invalid', issues: checked.issues };
}
