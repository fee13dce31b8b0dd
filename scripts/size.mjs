#!/usr/bin/env node
// Builds the app and prints the gzipped size of the JavaScript a trainee downloads to open the home
// page: the entry chunk, everything it imports statically, and the home page's own chunk.
// Fails when that exceeds the budget. Also lists the heavy on-demand chunks for information.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 90;
const HOME_PAGE = 'src/pages/HomePage.svelte';
const dist = 'dist';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** @type {Record<string, {file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean}>} */
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('No entry chunk in the Vite manifest');

function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const firstLoad = staticClosure([entryKey, HOME_PAGE].filter((key) => manifest[key]));
const rows = [...firstLoad].map((key) => ({
  key,
  file: manifest[key].file,
  gz: gzipped(manifest[key].file),
}));
const total = rows.reduce((sum, row) => sum + row.gz, 0);

console.log('JavaScript for the first load of the home page (gzip -9):');
for (const row of rows.sort((a, b) => b.gz - a.gz))
  console.log(`  ${kb(row.gz).padStart(6)} kB  ${row.file}`);
console.log(`  ${kb(total).padStart(6)} kB  total (budget ${BUDGET_KB} kB)`);

const lazy = Object.entries(manifest)
  .filter(([key, chunk]) => !firstLoad.has(key) && chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({ key, gz: gzipped(chunk.file) }))
  .sort((a, b) => b.gz - a.gz)
  .slice(0, 8);
if (lazy.length) {
  console.log('Largest chunks loaded on demand (not in the first load):');
  for (const row of lazy) console.log(`  ${kb(row.gz).padStart(6)} kB  ${row.key}`);
}

if (total > BUDGET_KB * 1024) {
  console.error(`Over budget: ${kb(total)} kB > ${BUDGET_KB} kB`);
  process.exit(1);
}
