import { describe, expect, it } from 'vitest';
import { compile, replay, validateScenario, type EngineEvent } from '../../../src/domain/scenario';
import type { Scenario } from '../../../src/domain/scenario/schema';
import { feedbackFor } from '../../../src/player/feedback';
import { addressName, clock, formatCell, initials, salutationOf } from '../../../src/player/format';
import {
  attemptTimeScale,
  fixedTimePolicy,
  readFixedPolicy,
  timeChoiceOf,
  timeScaleOf,
} from '../../../src/player/timing';
import { blocks, keepUnchanged, promptEntries, transcript } from '../../../src/player/transcript';
import { everyKindScenario } from '../../e2e/fixtures/every-kind';

function scenario(): Scenario {
  const result = validateScenario(everyKindScenario());
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

const playToEnd: EngineEvent[] = [
  { type: 'user.continue', at: 1 },
  { type: 'user.choose', optionId: 'polite', at: 2 },
  { type: 'timer.start', at: 2 },
  { type: 'timer.expire', at: 20_002 },
  { type: 'user.choose', optionId: 'r42', at: 20_003 },
  { type: 'user.submit', answer: ['c1', 'c2'], at: 20_004 },
  { type: 'user.choose', optionId: 'vasilyok', at: 20_005 },
  { type: 'user.submit', answer: ['discount', 'value', 'ignore'], at: 20_006 },
  { type: 'user.submit', answer: 'Приносим извинения.', at: 20_007 },
];

describe('formatting', () => {
  it('formats table numbers per column and language', () => {
    expect(formatCell(1250000, { format: 'integer' }, 'ru')).toBe('1\u00a0250\u00a0000');
    expect(formatCell(1250000, { format: 'integer' }, 'en')).toBe('1,250,000');
    expect(formatCell(1250000, { format: 'money' }, 'ru')).toMatch(/1\s250\s000\s₽/);
    expect(formatCell(1250000, { format: 'money' }, 'en')).toMatch(/RUB\s1,250,000/);
    expect(formatCell(18.5, { format: 'percent' }, 'ru')).toMatch(/18,5\s%/);
    expect(formatCell(18.5, { format: 'percent' }, 'en')).toBe('18.5%');
    expect(formatCell(3.14159, { format: 'number' }, 'ru')).toBe('3,14');
    expect(formatCell(42, { format: 'text' }, 'ru')).toBe('42');
    expect(formatCell({ ru: 'да', en: 'yes' }, {}, 'en')).toBe('yes');
    expect(formatCell(undefined, {}, 'en')).toBe('');
  });

  it('draws initials, clocks and the letter salutation', () => {
    expect(initials('Ирина Сергеевна Волкова')).toBe('ИВ');
    expect(initials('anna')).toBe('A');
    expect(clock(65_000)).toBe('1:05');
    expect(clock(400)).toBe('0:01');
    expect(clock(-5)).toBe('0:00');
    expect(salutationOf('Ирина Сергеевна Волкова')).toBe('female');
    expect(salutationOf('Олег Викторович Сафонов')).toBe('male');
    expect(salutationOf('Алекс Ким')).toBe('neutral');
    expect(addressName('Ирина Сергеевна Волкова', 'ru')).toBe('Ирина Сергеевна');
    expect(addressName('Irina Volkova', 'en')).toBe('Irina Volkova');
  });
});

describe('time policy', () => {
  it('maps the setting to the engine scale and honours a fixed policy', () => {
    expect(timeScaleOf('off')).toBeNull();
    expect(timeScaleOf('10')).toBe(10);
    expect(timeChoiceOf(2)).toBe('2');
    expect(timeChoiceOf(null)).toBe('off');
    expect(attemptTimeScale({ timeScale: 2 })).toBe(2);
    expect(attemptTimeScale({ timeScale: null })).toBeNull();
    expect(attemptTimeScale({ timeScale: 2, timePolicy: fixedTimePolicy(1) })).toBe(1);
    expect(attemptTimeScale({ timePolicy: 'fixed' })).toBe(1);
    expect(attemptTimeScale({ timeScale: 'nonsense' })).toBe(1);
    expect(readFixedPolicy({ timePolicy: { fixed: false } })).toBeUndefined();
    expect(attemptTimeScale(undefined)).toBe(1);
  });
});

describe('the conversation so far', () => {
  it('rebuilds what was said and answered from the history', () => {
    const compiled = compile(scenario());
    const { snapshot } = replay(compiled, { startedAt: 0 }, playToEnd);
    const entries = transcript(compiled.steps, snapshot.context.history);
    expect(entries.map((e) => e.kind)).toEqual([
      'narration',
      'line',
      'reply',
      'line',
      'timeout',
      'reply',
      'inspect',
      'reply',
      'ranking',
      'written',
    ]);
    const grouped = blocks(entries);
    expect(grouped.filter((b) => b.kind === 'say').map((b) => b.speaker)).toEqual([
      'client',
      'manager',
      'client',
    ]);
    const written = entries.find((e) => e.kind === 'written');
    expect(written?.kind === 'written' && written.text).toBe('Приносим извинения.');
  });
});

describe('keepUnchanged', () => {
  it('keeps the earlier blocks of a growing conversation and only adds the new ones', () => {
    const compiled = compile(scenario());
    const events = playToEnd.slice(0, 6);
    const shorter = replay(compiled, { startedAt: 0 }, events.slice(0, 2)).snapshot.context.history;
    const longer = replay(compiled, { startedAt: 0 }, events).snapshot.context.history;
    const before = blocks(transcript(compiled.steps, shorter));
    const after = keepUnchanged(before, blocks(transcript(compiled.steps, longer)));
    expect(after.length).toBeGreaterThan(before.length);
    before.forEach((block, i) => expect(after[i]).toBe(block));
    expect(after.slice(before.length).every((b) => !before.includes(b))).toBe(true);
  });

  it('replaces a block whose content changed under the same key', () => {
    const compiled = compile(scenario());
    const history = replay(compiled, { startedAt: 0 }, playToEnd.slice(0, 1)).snapshot.context.history;
    const hello = compiled.steps.get('hello')!;
    if (hello.kind !== 'dialogue') throw new Error('fixture: hello is a dialogue step');
    const past = transcript(compiled.steps, history);
    const withPrompt = blocks([...past, ...promptEntries(hello)]);
    const debrief = blocks(past);
    const kept = keepUnchanged(withPrompt, debrief);
    kept.forEach((block, i) => expect(block).toBe(withPrompt[i]));
    const grown = blocks([...past, ...promptEntries(hello), ...promptEntries(hello)]);
    const merged = keepUnchanged(withPrompt, grown);
    const last = merged[merged.length - 1]!;
    expect(last.kind === 'say' && last.paragraphs.length).toBe(2 * hello.lines.length);
    expect(withPrompt).not.toContain(last);
  });
});

describe('practice feedback', () => {
  it('explains a choice and lists the competencies it showed', () => {
    const compiled = compile(scenario());
    const { snapshot } = replay(compiled, { startedAt: 0 }, playToEnd);
    const [, hello, hurry, , contract, , rank, reply] = snapshot.context.history;
    const at = (id: string) => compiled.steps.get(id)!;
    expect(feedbackFor(at('letter'), snapshot.context.history[0]!)).toBeUndefined();
    expect(feedbackFor(at('hello'), hello!)).toMatchObject({
      text: { ru: 'Разбор ответа «Добрый день! Сейчас проверю.».' },
      evidence: [{ competency: 'q.politeness', value: 2 }],
    });
    expect(feedbackFor(at('hurry'), hurry!)).toMatchObject({
      timedOut: true,
      evidence: [{ competency: 'q.stress', value: -2 }],
    });
    const inspect = feedbackFor(at('contract'), contract!);
    expect(inspect?.items?.map((i) => [i.faulty, i.selected])).toEqual([
      [true, true],
      [false, true],
      [true, false],
    ]);
    expect(feedbackFor(at('rank'), rank!)?.expertOrder?.[0]).toEqual({
      ru: 'Показать выгоду',
      en: 'Show the value',
    });
    expect(feedbackFor(at('reply'), reply!)).toMatchObject({ awaitsRating: true });
  });
});
