/**
 * The conversation so far, rebuilt from the decision history: what was said at each step and
 * what the trainee answered. Pure, so resume shows exactly the same conversation.
 */
import type { Decision } from '../domain/scenario/compile';
import type { Line, ScenarioText, Step } from '../domain/scenario/schema';

export type TranscriptEntry =
  | { kind: 'line'; stepId: string; speaker: Line['speaker']; text: ScenarioText }
  /** The manager's chosen reply (dialogue, timed) or answer (recall, data). */
  | { kind: 'reply'; stepId: string; text: ScenarioText; question?: ScenarioText }
  | { kind: 'timeout'; stepId: string }
  | { kind: 'narration'; stepId: string; text: ScenarioText; documentTitle?: ScenarioText }
  | { kind: 'inspect'; stepId: string; prompt: ScenarioText; selected: ScenarioText[] }
  | { kind: 'ranking'; stepId: string; prompt: ScenarioText; order: ScenarioText[] }
  | { kind: 'written'; stepId: string; prompt: ScenarioText; text: string };

/** What the step shows before the trainee acts: spoken lines, or the narration. */
export function promptEntries(step: Step): TranscriptEntry[] {
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
      return step.lines.map((line) => ({
        kind: 'line',
        stepId: step.id,
        speaker: line.speaker,
        text: line.text,
      }));
    default:
      return [];
  }
}

function decisionEntries(step: Step, decision: Decision): TranscriptEntry[] {
  const { choice } = decision;
  const id = step.id;
  switch (step.kind) {
    case 'dialogue':
    case 'timed':
    case 'recall':
    case 'data': {
      if (choice.type === 'timeout') return [{ kind: 'timeout', stepId: id }];
      if (choice.type !== 'option') return [];
      const option = step.options.find((o) => o.id === choice.optionId);
      if (!option) return [];
      const question = step.kind === 'recall' || step.kind === 'data' ? step.question : undefined;
      return [{ kind: 'reply', stepId: id, text: option.text, ...(question ? { question } : {}) }];
    }
    case 'narration':
      return [
        {
          kind: 'narration',
          stepId: id,
          text: step.text,
          ...(step.document ? { documentTitle: step.document.title } : {}),
        },
      ];
    case 'inspect': {
      const selected = choice.type === 'inspect' ? new Set(choice.selected) : new Set<string>();
      return [
        {
          kind: 'inspect',
          stepId: id,
          prompt: step.prompt,
          selected: step.items.filter((i) => selected.has(i.id)).map((i) => i.text),
        },
      ];
    }
    case 'ranking': {
      const order = choice.type === 'ranking' ? choice.order : [];
      const texts = order
        .map((itemId) => step.items.find((i) => i.id === itemId)?.text)
        .filter((t): t is ScenarioText => t !== undefined);
      return [{ kind: 'ranking', stepId: id, prompt: step.prompt, order: texts }];
    }
    case 'written':
      return [
        {
          kind: 'written',
          stepId: id,
          prompt: step.prompt,
          text: choice.type === 'written' ? choice.text : '',
        },
      ];
    case 'ending':
      return [];
  }
}

/** Everything said and done before the current step, oldest first. */
export function transcript(
  steps: ReadonlyMap<string, Step>,
  history: readonly Decision[],
): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  for (const decision of history) {
    const step = steps.get(decision.stepId);
    if (!step) continue;
    entries.push(...promptEntries(step), ...decisionEntries(step, decision));
  }
  return entries;
}

/** Consecutive things one person said at one step, shown as one message, letter or turn. */
export type TranscriptBlock =
  | { kind: 'say'; key: string; stepId: string; speaker: Line['speaker']; paragraphs: ScenarioText[] }
  | (Exclude<TranscriptEntry, { kind: 'line' }> & { key: string; speaker?: undefined });

/** Merges consecutive lines of one speaker at one step; the trainee's replies are the manager's lines. */
export function blocks(entries: readonly TranscriptEntry[]): TranscriptBlock[] {
  const out: TranscriptBlock[] = [];
  entries.forEach((entry, i) => {
    const key = `${entry.stepId}-${i}`;
    const say =
      entry.kind === 'line'
        ? { speaker: entry.speaker, text: entry.text }
        : entry.kind === 'reply' && !entry.question
          ? { speaker: 'manager' as const, text: entry.text }
          : undefined;
    if (!say) {
      out.push({ ...entry, key } as TranscriptBlock);
      return;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'say' && last.speaker === say.speaker && last.stepId === entry.stepId) {
      last.paragraphs.push(say.text);
    } else {
      out.push({ kind: 'say', key, stepId: entry.stepId, speaker: say.speaker, paragraphs: [say.text] });
    }
  });
  return out;
}

function sameBlock(a: TranscriptBlock, b: TranscriptBlock): boolean {
  if (a.kind !== b.kind || a.key !== b.key) return false;
  const keys = Object.keys(b) as (keyof TranscriptBlock)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => {
    const x: unknown = a[k];
    const y: unknown = b[k];
    if (x === y) return true;
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
  });
}

/**
 * `next`, with every block that equals the one of the same key in `previous` replaced by that
 * earlier object. The conversation only grows, so after a step all earlier blocks keep their
 * identity and the page updates just what was added instead of re-checking the whole transcript.
 */
export function keepUnchanged(
  previous: readonly TranscriptBlock[],
  next: TranscriptBlock[],
): TranscriptBlock[] {
  const before = new Map(previous.map((b) => [b.key, b]));
  return next.map((block) => {
    const old = before.get(block.key);
    return old && sameBlock(old, block) ? old : block;
  });
}
