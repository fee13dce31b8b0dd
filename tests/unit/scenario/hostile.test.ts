import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_DEPTH, validateScenario, validateScenarioJson } from '../../../src/domain/scenario';
import { allKinds } from '../fixtures/scenario/all-kinds';

const codes = (text: string) => validateScenarioJson(text).issues.map((i) => i.code);

describe('hostile and broken input', () => {
  it('rejects invalid JSON with the parser message', () => {
    const result = validateScenarioJson('{"id": ');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('json-invalid');
  });

  it('rejects an empty or blank file', () => {
    expect(codes('')).toEqual(['json-empty']);
    expect(codes(' \n\t')).toEqual(['json-empty']);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const huge = `{"pad": "${'x'.repeat(MAX_BYTES)}"}`;
    expect(codes(huge)).toEqual(['json-too-large']);
  });

  it('rejects wrong types and non-objects', () => {
    expect(codes('[]')).toEqual(['json-not-object']);
    expect(codes('42')).toEqual(['json-not-object']);
    const doc = allKinds();
    doc.steps = 'many' as never;
    expect(validateScenario(doc).issues[0]).toMatchObject({ code: 'type', path: ['steps'] });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere', (key) => {
    const text = JSON.stringify(allKinds()).replace(
      '"format":1',
      `"format":1,"persona2":{"${key}":{"polluted":true}}`,
    );
    const result = validateScenarioJson(text);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'json-forbidden-key', path: ['persona2', key] }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup and script in texts as inert text', () => {
    const doc = allKinds();
    doc.title = { ru: '<script>alert(1)</script>', en: '<img src=x onerror=alert(1)>' };
    const result = validateScenarioJson(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    expect(result.scenario?.title.ru).toBe('<script>alert(1)</script>');
  });

  it('rejects very deep nesting in text and in values without overflowing the stack', () => {
    const depth = 100_000;
    expect(codes('['.repeat(depth) + ']'.repeat(depth))).toEqual(['json-too-deep']);
    let nested: unknown = { eq: ['mood', 1] };
    for (let i = 0; i < MAX_DEPTH * 2; i++) nested = { not: nested };
    const doc = allKinds();
    (doc.steps[1] as { options: { routes?: unknown }[] }).options[0]!.routes = [
      { when: nested, next: 'hurry' },
    ];
    expect(validateScenario(doc).issues[0]?.code).toBe('json-too-deep');
  });

  it('handles 100,000 steps quickly and without crashing', () => {
    const doc = allKinds();
    const steps = Array.from({ length: 100_000 }, (_, i) => ({
      id: `s${i}`,
      kind: 'narration',
      text: { ru: 'a', en: 'b' },
      next: `s${i + 1}`,
    }));
    doc.steps = steps;
    const started = Date.now();
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('too-big');
    const fromText = validateScenarioJson(JSON.stringify(doc));
    expect(fromText.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('never throws on arbitrary values', () => {
    for (const value of [
      null,
      undefined,
      1,
      'x',
      [],
      () => 1,
      new Date(),
      { steps: [null] },
      { format: 1, steps: [{}] },
    ]) {
      expect(() => validateScenario(value)).not.toThrow();
      expect(validateScenario(value).ok).toBe(false);
    }
  });
});
