import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src/storage/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids outside a secure context (an LMS on plain HTTP)', () => {
  afterEach(() => {
    Reflect.deleteProperty(crypto, 'randomUUID');
  });

  it('are UUID v4 made from getRandomValues when randomUUID is missing', () => {
    // As in a page served over plain HTTP, where browsers leave randomUUID out.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    expect(crypto.randomUUID).toBeUndefined();
    const ids = new Set(Array.from({ length: 50 }, () => newId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('use randomUUID where it exists', () => {
    expect(newId()).toMatch(UUID_V4);
  });
});
