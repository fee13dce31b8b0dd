/**
 * Writes scenarios/scenario.schema.json from the zod schema, so trainers' editors can check and
 * autocomplete scenario files. `npm run schema`; a unit test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema } from '../src/domain/scenario/schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));

export function generateSchema(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
