import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from '../../../scripts/gen-schema';

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generateSchema());
  });
});
