import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/i18n/locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

describe('locale files', () => {
  const namespaces = readdirSync(join(root, 'ru')).filter((file) => file.endsWith('.json'));

  it('exist in both languages', () => {
    expect(
      readdirSync(join(root, 'en'))
        .filter((file) => file.endsWith('.json'))
        .sort(),
    ).toEqual(namespaces.sort());
  });

  for (const file of namespaces) {
    it(`${file} has the same keys in Russian and English, none empty`, () => {
      const ru = JSON.parse(readFileSync(join(root, 'ru', file), 'utf8')) as unknown;
      const en = JSON.parse(readFileSync(join(root, 'en', file), 'utf8')) as unknown;
      expect(keys(en).sort()).toEqual(keys(ru).sort());
      expect([...leaves(ru), ...leaves(en)].filter((text) => text.trim() === '')).toEqual([]);
    });
  }
});
