import { describe, expect, it } from 'vitest';
import { matchPath, pathFromHash, queryFromHash } from '../../src/router/match';

describe('hash router', () => {
  it('reads the path from a hash', () => {
    expect(pathFromHash('')).toBe('/');
    expect(pathFromHash('#/')).toBe('/');
    expect(pathFromHash('#/report/abc?print=1')).toBe('/report/abc');
    expect(pathFromHash('#/scenarios/')).toBe('/scenarios');
  });

  it('matches parameters and rejects other shapes', () => {
    expect(matchPath('/play/:attemptId', '/play/a%20b')).toEqual({ attemptId: 'a b' });
    expect(matchPath('/play/:attemptId', '/play')).toBeUndefined();
    expect(matchPath('/play/:attemptId', '/play/%E0%A4%A')).toBeUndefined();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('reads the query', () => {
    expect(queryFromHash('#/x?mode=assessment').get('mode')).toBe('assessment');
  });
});
