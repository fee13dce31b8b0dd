import { describe, expect, it } from 'vitest';
import { scormTime } from '../../../src/domain/scorm';

describe('SCORM 1.2 session time (CMITimespan)', () => {
  it('formats HHHH:MM:SS.SS', () => {
    expect(scormTime(0)).toBe('0000:00:00.00');
    expect(scormTime(754_250)).toBe('0000:12:34.25');
    expect(scormTime(3_600_000 * 27 + 5_000)).toBe('0027:00:05.00');
    expect(scormTime(59_999)).toBe('0000:01:00.00');
    expect(scormTime(1_234)).toBe('0000:00:01.23');
  });

  it('matches the format an LMS checks, and never goes negative or past 9999 hours', () => {
    const format = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
    for (const ms of [-5, Number.NaN, Number.POSITIVE_INFINITY, 1e15, 86_399_990])
      expect(scormTime(ms)).toMatch(format);
    expect(scormTime(-5)).toBe('0000:00:00.00');
    expect(scormTime(Number.NaN)).toBe('0000:00:00.00');
    expect(scormTime(1e15)).toBe('9999:59:59.99');
  });
});
