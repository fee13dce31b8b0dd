import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  COMPETENCY_IDS,
  CONTRAINDICATIONS,
  EDUCATION,
  PROFESSION_DESCRIPTION,
  PROFESSION_DUTIES,
  PROFESSION_SOURCE,
  RELATED_PROFESSIONS,
  REQUIREMENTS,
  competenciesInGroup,
  competencyById,
  indicatorByRef,
} from '../../../src/domain/profile';
import type { Localized } from '../../../src/domain/text';
import { normalise, parseBulletsAfter, parseCompetencyLists } from './seed';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const committedSeedPath = `${repoRoot}src/domain/profile/seed/professiogram.txt`;
// The shared original lives outside the repository; a clean CI checkout has only the committed copy.
const sharedSeedPath = `${repoRoot}../shared/seed/000_7ae47fc923c3114d.txt`;
const seed = readFileSync(committedSeedPath, 'utf8');
const seedItems = parseCompetencyLists(seed);
const flatSeed = seed.replace(/\s+/g, ' ');

function expectBothLanguages(text: Localized): void {
  expect(text.ru.trim()).not.toBe('');
  expect(text.en.trim()).not.toBe('');
  expect(text.en).not.toMatch(/[а-яё]/i);
}

describe('the committed seed copy', () => {
  it.runIf(existsSync(sharedSeedPath))('is identical to the shared seed', () => {
    expect(seed).toBe(readFileSync(sharedSeedPath, 'utf8'));
  });
});

describe('the competency profile against the seed', () => {
  it('the seed lists 24 competencies: 8 knowledge, 5 skills, 11 qualities', () => {
    expect(seedItems).toHaveLength(24);
    const count = (g: string) => seedItems.filter((i) => i.group === g).length;
    expect([count('knowledge'), count('skill'), count('quality')]).toEqual([8, 5, 11]);
  });

  it('has one competency per seed bullet, in the same order, group and Russian wording', () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_IDS]);
    expect(COMPETENCIES.map((c) => ({ group: c.group, text: normalise(c.name.ru) }))).toEqual(seedItems);
  });

  it('groups 8/5/11', () => {
    expect(competenciesInGroup('knowledge')).toHaveLength(8);
    expect(competenciesInGroup('skill')).toHaveLength(5);
    expect(competenciesInGroup('quality')).toHaveLength(11);
  });

  it('has ids that are unique', () => {
    expect(new Set(COMPETENCIES.map((c) => c.id)).size).toBe(24);
  });
});

describe.each(COMPETENCIES.map((c) => [c.id, c] as const))('competency %s', (id, c) => {
  it('has an English name', () => expectBothLanguages(c.name));

  it('has 2–4 indicators with unique ids, each strong and weak in ru and en', () => {
    expect(c.indicators.length).toBeGreaterThanOrEqual(2);
    expect(c.indicators.length).toBeLessThanOrEqual(4);
    expect(new Set(c.indicators.map((i) => i.id)).size).toBe(c.indicators.length);
    for (const i of c.indicators) {
      expect(i.id).toMatch(/^[a-zA-Z]+$/);
      expectBothLanguages(i.behaviour);
      expectBothLanguages(i.strong);
      expectBothLanguages(i.weak);
      expect(indicatorByRef(`${id}/${i.id}`)).toBe(i);
    }
  });

  it('has a requirement: level 0–100, a positive weight and a rationale', () => {
    const r = REQUIREMENTS[id];
    expect(r).toBe(c.requirement);
    expect(r.level).toBeGreaterThanOrEqual(0);
    expect(r.level).toBeLessThanOrEqual(100);
    expect(r.weight).toBeGreaterThan(0);
    expectBothLanguages(r.rationale);
  });

  it('is found by id', () => expect(competencyById(id)).toBe(c));
});

describe('requirement profile', () => {
  it('covers exactly the 24 competencies', () => {
    expect(Object.keys(REQUIREMENTS).sort()).toEqual([...COMPETENCY_IDS].sort());
  });

  it('weighs negotiation and politeness above PR actions', () => {
    expect(REQUIREMENTS['s.negotiation'].weight).toBeGreaterThan(REQUIREMENTS['s.pr'].weight);
    expect(REQUIREMENTS['q.politeness'].weight).toBeGreaterThan(REQUIREMENTS['s.pr'].weight);
  });
});

describe('lookups', () => {
  it('rejects unknown ids and references', () => {
    expect(() => competencyById('x.nope' as never)).toThrow(/x\.nope/);
    expect(indicatorByRef('s.negotiation/none')).toBeUndefined();
    expect(indicatorByRef('no-slash')).toBeUndefined();
  });
});

describe('the rest of the professiogram', () => {
  it('quotes the description paragraphs from the seed word for word', () => {
    expect(PROFESSION_DESCRIPTION.length).toBeGreaterThanOrEqual(5);
    for (const p of PROFESSION_DESCRIPTION) {
      expectBothLanguages(p);
      expect(flatSeed).toContain(p.ru);
    }
  });

  it('lists the duties in both languages', () => {
    expect(PROFESSION_DUTIES).toHaveLength(3);
    for (const g of PROFESSION_DUTIES) {
      expectBothLanguages(g.title);
      expect(g.items.length).toBeGreaterThan(0);
      g.items.forEach(expectBothLanguages);
    }
  });

  it('quotes the contraindications from the seed', () => {
    expect(flatSeed).toContain(CONTRAINDICATIONS.intro.ru);
    expect(CONTRAINDICATIONS.items.map((i) => i.ru)).toEqual(
      parseBulletsAfter(seed, 'Работа противопоказана'),
    );
    CONTRAINDICATIONS.items.forEach(expectBothLanguages);
  });

  it('names the related professions and the education as the seed does', () => {
    const related = RELATED_PROFESSIONS.map((r) => r.ru.toLowerCase()).join(', ');
    expect(flatSeed.toLowerCase()).toContain(`${related}.`);
    RELATED_PROFESSIONS.forEach(expectBothLanguages);
    expect(flatSeed).toContain(EDUCATION.ru);
    expectBothLanguages(EDUCATION);
  });

  it('cites the source and its publication date', () => {
    expect(flatSeed).toContain(`Дата публикации: ${PROFESSION_SOURCE.publishedOnText}`);
    expect(PROFESSION_SOURCE.publishedOn).toBe('2015-04-03');
    expectBothLanguages(PROFESSION_SOURCE.name);
  });
});
