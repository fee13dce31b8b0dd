import { describe, expect, it } from 'vitest';
import { formatIssue, validateScenario, type IssueCode } from '../../../src/domain/scenario';
import { allKinds, t } from '../fixtures/scenario/all-kinds';

type Doc = ReturnType<typeof allKinds>;
type S = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function broken(mutate: (doc: Doc, step: (id: string) => S) => void): Doc {
  const doc = allKinds();
  mutate(doc, (id) => doc.steps.find((s) => s.id === id) as S);
  return doc;
}

describe('validateScenario', () => {
  it('accepts a scenario with every step kind, without warnings', () => {
    const result = validateScenario(allKinds());
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  const cases: [string, IssueCode, 'error' | 'warning', (doc: Doc, step: (id: string) => S) => void][] = [
    ['missing field', 'required', 'error', (d) => delete d.title],
    ['wrong type', 'type', 'error', (d) => (d.version = 'one')],
    ['bad id', 'format', 'error', (d, s) => (s('hello').id = '1 bad')],
    ['too few options', 'too-small', 'error', (d, s) => (s('hello').options as unknown[]).pop()],
    ['unknown field', 'unknown-key', 'error', (d) => (d.colour = 'red')],
    ['unknown step kind', 'unknown-step-kind', 'error', (d, s) => (s('hello').kind = 'poem')],
    [
      'bad condition',
      'invalid-condition',
      'error',
      (d, s) => (s('close').options[0].routes[0].when = { eq: ['mood', 1], lt: ['mood', 2] }),
    ],
    ['bad effect', 'invalid-effect', 'error', (d, s) => (s('hello').options[0].effects[0].op = 'multiply')],
    [
      'unknown competency',
      'unknown-competency',
      'error',
      (d, s) => (s('hello').options[0].evidence = { 'q.magic': 1 }),
    ],
    ['timed without timeout', 'missing-timeout', 'error', (d, s) => delete s('hurry').onTimeout],
    ['duplicate step id', 'duplicate-id', 'error', (d) => d.steps.push({ ...(d.steps[9] as S) })],
    ['duplicate option id', 'duplicate-id', 'error', (d, s) => (s('hello').options[1].id = 'polite')],
    ['unknown start', 'unknown-start', 'error', (d) => (d.start = 'nowhere')],
    ['unknown next', 'unknown-next', 'error', (d, s) => (s('hello').options[0].next = 'nowhere')],
    [
      'unknown route target',
      'unknown-next',
      'error',
      (d, s) => (s('hello').options[1].routes[0].next = 'nowhere'),
    ],
    ['unknown recall subject', 'unknown-about', 'error', (d, s) => (s('recall').about = 'nowhere')],
    [
      'unreachable step',
      'unreachable',
      'warning',
      (d) => d.steps.push({ id: 'orphan', kind: 'ending', outcome: 'lost', title: t('x'), summary: t('y') }),
    ],
    ['dead end', 'dead-end', 'error', (d, s) => (s('letter').next = 'letter')],
    [
      'loop with no exit',
      'no-ending-reachable',
      'error',
      (d, s) => {
        s('reply').next = 'close';
        s('close').options = s('close').options.map((o: S) => ({ ...o, routes: undefined, next: 'reply' }));
      },
    ],
    ['no ending at all', 'no-ending', 'error', (d) => (d.steps = d.steps.filter((s) => s.kind !== 'ending'))],
    [
      'undeclared variable in condition',
      'unknown-variable',
      'error',
      (d, s) => (s('hello').options[1].routes[0].when = { lt: ['anger', 2] }),
    ],
    [
      'undeclared variable in effect',
      'unknown-variable',
      'error',
      (d, s) => (s('hello').options[0].effects[0].var = 'anger'),
    ],
    [
      'flag compared as number',
      'variable-type',
      'error',
      (d, s) => (s('hello').options[1].routes[0].when = { lt: ['apologised', 2] }),
    ],
    [
      'adding to a flag',
      'variable-type',
      'error',
      (d, s) => (s('hello').options[0].effects[1] = { op: 'add', var: 'apologised', value: 1 }),
    ],
    [
      'initial out of bounds',
      'variable-bounds',
      'error',
      (d) => ((d.variables as S).numbers.trust.initial = 200),
    ],
    [
      'number and flag share a name',
      'variable-duplicate',
      'error',
      (d) => ((d.variables as S).flags.trust = true),
    ],
    [
      'reserved name misused',
      'reserved-variable',
      'warning',
      (d) => ((d.variables as S).numbers.trust.min = 10),
    ],
    ['mood differs from persona', 'mood-mismatch', 'warning', (d) => ((d.persona as S).mood = 70)],
    [
      'missing translation',
      'missing-translation',
      'error',
      (d, s) => (s('hello').lines[0].text = { ru: 'Привет' }),
    ],
    ['blank translation', 'missing-translation', 'error', (d) => (d.title = { ru: 'Все виды', en: '  ' })],
    ['duplicate language', 'duplicate-value', 'error', (d) => (d.languages = ['ru', 'ru'])],
    [
      'decision without evidence',
      'no-evidence',
      'warning',
      (d, s) => s('hello').options.forEach((o: S) => (o.evidence = {})),
    ],
    ['task without competencies', 'no-evidence', 'warning', (d, s) => (s('rank').competencies = {})],
    ['recall about a later step', 'recall-not-before', 'warning', (d, s) => (s('recall').about = 'reply')],
    [
      'expert order incomplete',
      'ranking-order',
      'error',
      (d, s) => (s('rank').expertOrder = ['a', 'b', 'b']),
    ],
    [
      'inspect with nothing faulty',
      'inspect-items',
      'error',
      (d, s) => s('contract').items.forEach((i: S) => (i.faulty = false)),
    ],
    ['table row with unknown column', 'table-cell', 'error', (d, s) => (s('table').table.rows[0].extra = 1)],
    ['table row missing a cell', 'table-cell', 'warning', (d, s) => delete s('table').table.rows[1].margin],
    [
      'targeted but never observed',
      'competency-not-observed',
      'warning',
      (d) => (d.competencies as string[]).push('k.law'),
    ],
    [
      'observed but not targeted',
      'competency-not-targeted',
      'warning',
      (d) => (d.competencies = (d.competencies as string[]).slice(1)),
    ],
  ];

  it.each(cases)('%s -> %s', (_name, code, severity, mutate) => {
    const result = validateScenario(broken(mutate));
    const found = result.issues.find((i) => i.code === code);
    expect(found, JSON.stringify(result.issues)).toBeDefined();
    expect(found?.severity).toBe(severity);
    expect(result.ok).toBe(severity === 'warning' ? true : false);
    for (const lang of ['ru', 'en'] as const) expect(formatIssue(found!, lang)).not.toMatch(/\{\w+\}/);
  });

  it('points at the JSON path and step of a broken reference', () => {
    const result = validateScenario(broken((d, s) => (s('hello').options[0].next = 'nowhere')));
    const found = result.issues.find((i) => i.code === 'unknown-next');
    expect(found).toMatchObject({
      path: ['steps', 1, 'options', 0, 'next'],
      stepId: 'hello',
      params: { id: 'nowhere' },
    });
    expect(formatIssue(found!, 'ru')).toBe(
      'ошибка (steps[1].options[0].next, шаг «hello»): Переход на несуществующий шаг «nowhere».',
    );
    expect(formatIssue(found!, 'en')).toBe(
      'error (steps[1].options[0].next, step «hello»): Leads to a step that does not exist: "nowhere".',
    );
  });

  it('reports per-competency decisions and score ranges', () => {
    const result = validateScenario(allKinds());
    const stress = result.analysis?.competencies.find((c) => c.competency === 'q.stress');
    expect(stress).toEqual({
      competency: 'q.stress',
      targeted: true,
      decisions: 1,
      perPath: { min: 0, max: 1 },
      total: { min: -2, max: 2 },
      exact: true,
    });
    // q.politeness is observed at 'hello' only on paths that do not end early; 'rude' may end at once.
    const politeness = result.analysis?.competencies.find((c) => c.competency === 'q.politeness');
    expect(politeness?.total).toEqual({ min: -2, max: 2 });
  });
});
