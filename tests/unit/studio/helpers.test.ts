import { describe, expect, it } from 'vitest';
import { validateScenario, STEP_KINDS, type Scenario, type Step } from '../../../src/domain/scenario';
import { newScenario, newStep, slugify, uniqueId, uniqueStepId } from '../../../src/studio/skeleton';
import { History } from '../../../src/studio/history';
import { getAt, nearestField, pathKey, setAt } from '../../../src/studio/paths';
import {
  changeOperator,
  declaredVars,
  defaultCondition,
  describeCondition,
  parseValue,
  parseValueList,
  withVar,
} from '../../../src/studio/conditionModel';
import { deriveScenes } from '../../../src/studio/scenes';
import { computeLayout, frameId, layoutInput } from '../../../src/studio/layout';

describe('skeleton', () => {
  it('a new scenario is valid at once, in one or two languages', () => {
    expect(validateScenario(newScenario('my-case')).ok).toBe(true);
    expect(validateScenario(newScenario('my-case', ['en'])).ok).toBe(true);
  });

  it('every kind of new step passes the schema once linked in', () => {
    for (const kind of STEP_KINDS) {
      const doc = newScenario('kinds');
      const step = newStep(kind, uniqueStepId(doc, kind), 'end', doc.languages);
      doc.steps.splice(1, 0, step);
      doc.steps[0] = { ...(doc.steps[0] as Step & { kind: 'dialogue' }) };
      (doc.steps[0] as { options: { next: string }[] }).options[0]!.next = step.id;
      if (step.kind === 'recall') step.about = 'start';
      const codes = validateScenario(doc).issues.map((i) => i.code);
      // Empty placeholder texts are reported as missing translations, never as structure errors.
      expect(
        codes.filter(
          (c) =>
            !['missing-translation', 'no-evidence', 'competency-not-targeted', 'unreachable'].includes(c),
        ),
        kind,
      ).toEqual([]);
    }
  });

  it('makes slugs and unique ids', () => {
    expect(slugify('  Hello, World!  ')).toBe('hello-world');
    expect(slugify('Привет')).toBe('scenario');
    expect(uniqueStepId({ steps: [{ id: 'a' }, { id: 'a-2' }] as Step[] }, 'a')).toBe('a-3');
    expect(uniqueId(['opt', 'opt2'], 'opt')).toBe('opt3');
  });
});

describe('history', () => {
  it('undoes and redoes, and a new edit drops the redo branch', () => {
    const h = new History('a');
    h.push('b', undefined, 0);
    h.push('c', undefined, 1);
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toBe('b');
    h.push('d', undefined, 2);
    expect(h.canRedo).toBe(false);
    expect(h.present).toBe('d');
  });

  it('merges typing in one field into one step, but not across fields or pauses', () => {
    const h = new History('');
    h.push('H', 'title', 0);
    h.push('He', 'title', 200);
    h.push('Hel', 'title', 400);
    h.push('Hel!', 'other', 500);
    h.push('Hel!?', 'other', 5000);
    expect(h.undo()).toBe('Hel!');
    expect(h.undo()).toBe('Hel');
    expect(h.undo()).toBe('');
  });

  it('keeps at most `limit` past states', () => {
    const h = new History(0, { limit: 3 });
    for (let i = 1; i <= 10; i++) h.push(i);
    let n = 0;
    while (h.undo() !== undefined) n++;
    expect(n).toBe(3);
    expect(h.present).toBe(7);
  });
});

describe('paths', () => {
  it('gets and sets inside documents, refusing prototype keys', () => {
    const doc: Record<string, unknown> = { steps: [{ id: 'a', options: [{ next: 'x' }] }] };
    expect(getAt(doc, ['steps', 0, 'options', 0, 'next'])).toBe('x');
    setAt(doc, ['steps', 0, 'options', 0, 'next'], 'y');
    expect(getAt(doc, ['steps', 0, 'options', 0, 'next'])).toBe('y');
    setAt(doc, ['steps', 0, 'text', 'ru'], 'т');
    expect(getAt(doc, ['steps', 0, 'text'])).toEqual({ ru: 'т' });
    setAt(doc, ['steps', 0, 'options', 0], undefined);
    expect(getAt(doc, ['steps', 0, 'options'])).toEqual([]);
    expect(() => setAt(doc, ['__proto__', 'polluted'], 1)).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getAt(doc, ['constructor'])).toBeUndefined();
  });

  it('finds the field an issue is about', () => {
    const shown = ['title', 'steps/2/options/0/text', 'steps/2/options/0/next', 'steps/2/options/1/text'];
    expect(nearestField(['steps', 2, 'options', 0, 'text', 'en'], shown)).toBe('steps/2/options/0/text');
    expect(nearestField(['steps', 2, 'options', 0, 'next'], shown)).toBe('steps/2/options/0/next');
    expect(nearestField(['steps', 2, 'options'], shown)).toBe('steps/2/options/0/text');
    expect(nearestField(['start'], shown)).toBeUndefined();
    expect(pathKey(['a', 1])).toBe('a/1');
  });
});

describe('condition builder model', () => {
  const vars = declaredVars({
    numbers: { mood: { min: 0, max: 100, initial: 50 } },
    flags: { called: false },
  });

  it('lists declared variables with their types', () => {
    expect(vars).toEqual([
      { name: 'mood', type: 'number' },
      { name: 'called', type: 'flag' },
    ]);
  });

  it('builds defaults from the fixed operators only', () => {
    expect(defaultCondition('lt', vars)).toEqual({ lt: ['mood', 0] });
    expect(defaultCondition('all', vars)).toEqual({ all: [{ eq: ['mood', 0] }] });
    expect(defaultCondition('not', vars)).toEqual({ not: { eq: ['mood', 0] } });
    expect(defaultCondition('in', [{ name: 'called', type: 'flag' }])).toEqual({ in: ['called', [true]] });
  });

  it('changes operators keeping what fits', () => {
    const leaf = { lt: ['mood', 30] as [string, number] };
    expect(changeOperator(leaf, 'all', vars)).toEqual({ all: [leaf] });
    expect(changeOperator(leaf, 'not', vars)).toEqual({ not: leaf });
    expect(changeOperator({ all: [leaf] }, 'any', vars)).toEqual({ any: [leaf] });
    expect(changeOperator({ any: [{ gt: ['mood', 5] }] }, 'eq', vars)).toEqual({ eq: ['mood', 0] });
    expect(withVar({ eq: ['mood', 5] }, 'called', vars)).toEqual({ eq: ['called', true] });
    expect(withVar({ lt: ['mood', 5] }, 'mood', vars)).toEqual({ lt: ['mood', 5] });
  });

  it('parses typed values and describes conditions', () => {
    expect(parseValue('12,5', 'number')).toBe(12.5);
    expect(parseValue('yes', 'flag')).toBeUndefined();
    expect(parseValueList('5, 10', 'number')).toEqual([5, 10]);
    expect(parseValueList('', 'number')).toBeUndefined();
    expect(
      describeCondition(
        { all: [{ lt: ['mood', 30] }, { any: [{ eq: ['called', true] }, { not: { gt: ['mood', 3] } }] }] },
        'en',
      ),
    ).toBe('mood < 30 and (called = true or not mood > 3)');
  });
});

function chain(ids: string[], extra: Record<string, string[]> = {}): Step[] {
  return ids.map((id, i) => {
    const targets = extra[id] ?? (i < ids.length - 1 ? [ids[i + 1] as string] : []);
    if (targets.length === 0) return newStep('ending', id, id, ['ru']);
    if (targets.length === 1) return newStep('narration', id, targets[0] as string, ['ru']);
    const step = newStep('dialogue', id, targets[0] as string, ['ru']) as Step & { kind: 'dialogue' };
    step.options[1]!.next = targets[1] as string;
    return step;
  });
}

describe('scenes', () => {
  it('cuts chains at branches and merges', () => {
    // a -> b -> c (branch) -> d -> e -> g ; c -> f -> g (merge) ; g ending
    const steps = chain(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { c: ['d', 'f'], e: ['g'], f: ['g'] });
    const { scenes, of } = deriveScenes(steps, 'a');
    expect(scenes.map((s) => s.steps)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f'], ['g']]);
    expect(of.get('e')).toBe('d');
  });

  it('copes with loops without a way in and with broken links', () => {
    const steps = chain(['a', 'b', 'x', 'y'], { b: ['nowhere'], x: ['y'], y: ['x'] });
    const { scenes } = deriveScenes(steps, 'a');
    expect(scenes.map((s) => s.steps)).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });
});

describe('layout input', () => {
  const steps = chain(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { c: ['d', 'f'], e: ['g'], f: ['g'] });
  const scenes = deriveScenes(steps, 'a');

  it('frames scenes of several steps and lays everything out without overlap', () => {
    const input = layoutInput(steps, scenes, new Set());
    expect(input.nodes.filter((n) => n.type === 'frame').map((n) => n.id)).toEqual([
      frameId('a'),
      frameId('d'),
    ]);
    expect(input.nodes.find((n) => n.id === 'b')?.parent).toBe(frameId('a'));
    expect(input.nodes.find((n) => n.id === 'f')?.parent).toBeUndefined();
    const placed = computeLayout(input);
    const boxes = [...placed.values()].filter((p) => !p.id.startsWith('scene:'));
    for (const p of boxes)
      for (const q of boxes)
        if (p !== q)
          expect(
            p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y,
          ).toBe(true);
    expect(placed.get('a')!.y).toBeLessThan(placed.get('g')!.y);
  });

  it('a collapsed scene is one box and its inner arrows vanish', () => {
    const input = layoutInput(steps, scenes, new Set(['a', 'd']));
    expect(input.nodes.map((n) => n.id).sort()).toEqual(['f', 'g', 'scene:a', 'scene:d']);
    expect(input.edges.map((e) => e.id).sort()).toEqual([
      'f->g',
      'scene:a->f',
      'scene:a->scene:d',
      'scene:d->g',
    ]);
  });
});

describe('skeleton documents stay scenarios', () => {
  it('newScenario matches the Scenario type', () => {
    const doc: Scenario = newScenario('x');
    expect(doc.steps).toHaveLength(2);
  });
});

describe('document operations', () => {
  it('renames a step with every reference and adds steps linked to an ending', async () => {
    const { renameStep, addStep, moveStep, removeStep, stepSummary, stepIdProblem } =
      await import('../../../src/studio/ops');
    const doc = newScenario('ops');
    const renamed = renameStep(doc, 'end', 'finish');
    expect(validateScenario(renamed).ok).toBe(true);
    expect(renamed.steps.map((s) => s.id)).toEqual(['start', 'finish']);
    expect(renameStep(doc, 'start', 'hello').start).toBe('hello');
    const { doc: added, id } = addStep(renamed, 'narration', 'start');
    expect(added.steps.map((s) => s.id)).toEqual(['start', 'narration', 'finish']);
    expect((added.steps[1] as { next: string }).next).toBe('finish');
    expect(id).toBe('narration');
    expect(moveStep(added, 'narration', 1).steps.map((s) => s.id)).toEqual(['start', 'finish', 'narration']);
    expect(removeStep(added, id).steps).toHaveLength(2);
    expect(stepSummary(doc.steps[0]!, 'en')).toBe('Hello!');
    expect(stepIdProblem(doc, '1abc')).toBe('format');
    expect(stepIdProblem(doc, 'end')).toBe('taken');
    expect(stepIdProblem(doc, 'end', 'end')).toBeUndefined();
  });
});

describe('scenario files', () => {
  it('export then import gives the same document and the same bytes', async () => {
    const { exportText, readScenarioFile } = await import('../../../src/studio/file');
    const doc = newScenario('round-trip');
    const text = exportText(doc);
    const back = readScenarioFile(text);
    expect(back.ok).toBe(true);
    expect(back.ok && back.document).toEqual(doc);
    expect(exportText(back.ok ? back.document : null)).toBe(text);
  });

  it('refuses hostile files and opens broken graphs as drafts with their errors', async () => {
    const { readScenarioFile } = await import('../../../src/studio/file');
    const polluted = readScenarioFile('{"__proto__": {"polluted": true}, "format": 1}');
    expect(polluted.ok).toBe(false);
    expect(polluted.issues.map((i) => i.code)).toContain('json-forbidden-key');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(readScenarioFile('{"steps": 3}').ok).toBe(false);
    const broken = newScenario('broken');
    (broken.steps[0] as { options: { next: string }[] }).options[0]!.next = 'nowhere';
    (broken.steps[0] as { lines: { text: { ru: string } }[] }).lines[0]!.text.ru =
      '<script>window.hacked = 1</script>';
    const result = readScenarioFile(JSON.stringify(broken));
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toContain('unknown-next');
  });
});

describe('search', () => {
  it('matches ids and texts, not links, and prefers an exact id', async () => {
    const { bestMatch, matchesSearch } = await import('../../../src/studio/search');
    const doc = newScenario('search');
    const [start, end] = doc.steps as [Step, Step];
    expect(matchesSearch(start, 'здравствуйте')).toBe(true);
    expect(matchesSearch(start, 'HELLO')).toBe(true);
    expect(matchesSearch(start, 'end')).toBe(false);
    expect(bestMatch(doc.steps, 'end')).toBe(end);
    expect(bestMatch(doc.steps, 'вежливое')).toBe(start);
    expect(bestMatch(doc.steps, '  ')).toBeUndefined();
  });
});
