import { describe, expect, it } from 'vitest';
import { BOM, formatNumber, toCsv } from '../../../src/counsellor/csv';
import { comparisonRows } from '../../../src/counsellor/review';
import { scorePlayed } from '../../../src/domain/scoring';
import { COMPETENCIES } from '../../../src/domain/profile';
import { dialogue, option, scenario } from '../scoring/fixture';

describe('CSV for Russian-locale Excel', () => {
  it('starts with a BOM, separates with semicolons, ends lines with CRLF', () => {
    const csv = toCsv(
      [
        ['Кандидат', 'Балл'],
        ['Анна', 72],
      ],
      'ru',
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFF"Кандидат";"Балл"\r\n"Анна";72\r\n');
  });

  it('quotes text so ; " and line breaks survive, doubling inner quotes', () => {
    const csv = toCsv([['a;b', 'say "hi"', 'line 1\nline 2', 'x\r\ny']], 'ru');
    expect(csv).toBe('\uFEFF"a;b";"say ""hi""";"line 1\nline 2";"x\r\ny"\r\n');
  });

  it('writes a decimal comma in Russian and a point in English; empty cells for missing numbers', () => {
    expect(toCsv([[1.5, 0.25, -3, null, undefined, 1000]], 'ru')).toBe('\uFEFF1,5;0,25;-3;;;1000\r\n');
    expect(toCsv([[1.5, 0.25]], 'en')).toBe('\uFEFF1.5;0.25\r\n');
    expect(formatNumber(2 / 3, 'ru')).toBe('0,67');
    expect(formatNumber(Number.NaN, 'ru')).toBe('');
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+7 900', '-1', '@a']], 'ru')).toBe(
      `\uFEFF"'=HYPERLINK(""x"")";"'+7 900";"'-1";"'@a"\r\n`,
    );
  });

  it('has one row per candidate and one column per competency', () => {
    const s = scenario('s', [
      dialogue('a', [
        option('good', { 's.negotiation': 2 }, 'b'),
        option('bad', { 's.negotiation': -1 }, 'b'),
      ]),
      dialogue('b', [option('good', { 's.negotiation': 2 }), option('bad', { 's.negotiation': -1 })]),
    ]);
    const result = scorePlayed([
      {
        scenario: s,
        decisions: [
          { stepId: 'a', choice: { type: 'option', optionId: 'good' } },
          { stepId: 'b', choice: { type: 'option', optionId: 'bad' } },
        ],
        endingStepId: 'end',
      },
    ]);
    const labels = {
      candidate: 'Кандидат',
      battery: 'Батарея',
      date: 'Дата',
      overall: 'Общий',
      fit: 'Fit',
      pending: 'P',
    };
    const rows = comparisonRows([{ name: 'Анна', battery: 'Б1', date: '2025-03-01', result }], labels, 'ru');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(6 + COMPETENCIES.length);
    const column = 6 + COMPETENCIES.findIndex((c) => c.id === 's.negotiation');
    // (2 − 1 − (−2)) / (4 − (−2)) × 100 = 50
    expect(rows[1]?.[column]).toBe(50);
    expect(rows[1]?.slice(0, 4)).toEqual(['Анна', 'Б1', '2025-03-01', result.overall]);
  });
});
