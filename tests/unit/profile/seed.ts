/** Reads the three competency lists out of the professiogram text, as the seed prints them. */
import type { CompetencyGroup } from '../../../src/domain/profile/competencies';

export interface SeedItem {
  group: CompetencyGroup;
  text: string;
}

const HEADINGS: ReadonlyArray<[string, CompetencyGroup]> = [
  ['Должен знать:', 'knowledge'],
  ['Должен уметь:', 'skill'],
  ['Профессионально важные качества', 'quality'],
];
const END_OF_LISTS = 'Медицинские противопоказания';

/** The seed ends bullets with ';', ',' or '.', inconsistently; the wording is what matters. */
export function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s;,.]+$/u, '');
}

export function parseCompetencyLists(seed: string): SeedItem[] {
  const items: SeedItem[] = [];
  let group: CompetencyGroup | undefined;
  for (const raw of seed.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith(END_OF_LISTS)) break;
    const heading = HEADINGS.find(([h]) => line.startsWith(h));
    if (heading) {
      group = heading[1];
      continue;
    }
    if (group && line.startsWith('•')) items.push({ group, text: normalise(line.slice(1)) });
  }
  return items;
}

/** Bullets of the section that starts with `heading`, up to the next blank-line-separated heading. */
export function parseBulletsAfter(seed: string, heading: string): string[] {
  const lines = seed.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('•')) out.push(normalise(line.slice(1)));
    else if (line !== '' && out.length > 0) break;
  }
  return out;
}
