/**
 * A SCORM 1.2 package of one scenario, made in the browser: the app's own built files (listed
 * at build time in `package-files.json`, see vite.config.ts) fetched from the app's origin, the
 * scenario as `scenario.json`, a launch page that opens the app's SCORM mode (#/scorm), and the
 * manifest. Loaded on demand with fflate, so the first load of the app does not carry either.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { validateScenario } from '../domain/scenario';
import { scormManifest } from '../domain/scorm';
import type { Scenario } from '../domain/scenario/schema';
import { pick, type Language } from '../domain/text';
import { exportText } from '../studio/file';
import { SCENARIO_FILE } from './packaged';

export const LAUNCH_PAGE = 'scorm.html';
export const FILE_LIST = 'package-files.json';
const MANIFEST = 'imsmanifest.xml';
/** Files the package writes itself: a same-named built file must not replace them. */
const OWN_FILES = new Set([LAUNCH_PAGE, SCENARIO_FILE, MANIFEST, FILE_LIST]);

export type PackageResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; name: string; files: string[] }
  /** The app runs from the development server: there are no built files to put in. */
  | { ok: false; reason: 'notBuilt' }
  | { ok: false; reason: 'failed'; message: string }
  /** The scenario does not pass validation: the player in the LMS would refuse it. */
  | { ok: false; reason: 'invalid' };

type Fetcher = (url: string) => Promise<Response>;

/** A relative path inside the package: no scheme, no root, no `..`. */
function isPackagePath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(value) &&
    !value.split('/').some((part) => part === '..' || part === '.')
  );
}

/**
 * The launch page: a plain redirect to the app's SCORM mode in the same window (the LMS's API is
 * looked up from there), with a link for browsers that do not follow it. No script: the app's
 * Content Security Policy allows none inline.
 */
export function launchPageHtml(title: string, language: Language): string {
  const escaped = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const open = language === 'ru' ? 'Открыть' : 'Open';
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="refresh" content="0; url=index.html#/scorm" />
    <title>${escaped}</title>
  </head>
  <body>
    <p><a href="index.html#/scorm">${open}: ${escaped}</a></p>
  </body>
</html>
`;
}

export function packageFileName(scenario: Pick<Scenario, 'id'>): string {
  const id = /^[a-z0-9-]{1,64}$/.test(scenario.id) ? scenario.id : 'scenario';
  return `${id}-scorm.zip`;
}

async function fetchOk(fetcher: Fetcher, url: string): Promise<Response> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export async function buildScormPackage(
  scenario: Scenario,
  options: { base: string; language: Language; fetcher?: Fetcher },
): Promise<PackageResult> {
  if (!validateScenario(scenario).ok) return { ok: false, reason: 'invalid' };
  const fetcher: Fetcher = options.fetcher ?? ((url) => fetch(url));
  let listed: unknown;
  try {
    const response = await fetcher(new URL(FILE_LIST, options.base).href);
    if (response.status === 404) return { ok: false, reason: 'notBuilt' };
    listed = (await response.json()) as unknown;
  } catch {
    // The development server answers index.html for any path: that is no file list either.
    return { ok: false, reason: 'notBuilt' };
  }
  if (!Array.isArray(listed) || !listed.includes('index.html')) return { ok: false, reason: 'notBuilt' };
  const appFiles = listed.filter(isPackagePath).filter((file) => !OWN_FILES.has(file));

  try {
    const zip: Zippable = {};
    for (const file of appFiles) {
      const response = await fetchOk(fetcher, new URL(file, options.base).href);
      zip[file] = new Uint8Array(await response.arrayBuffer());
    }
    const title = pick(scenario.title, options.language) || scenario.id;
    zip[SCENARIO_FILE] = strToU8(exportText(scenario));
    zip[LAUNCH_PAGE] = strToU8(launchPageHtml(title, options.language));
    const files = Object.keys(zip).sort();
    zip[MANIFEST] = strToU8(
      scormManifest({ identifier: `profproba-${scenario.id}`, title, href: LAUNCH_PAGE, files }),
    );
    return {
      ok: true,
      bytes: zipSync(zip, { level: 6 }) as Uint8Array<ArrayBuffer>,
      name: packageFileName(scenario),
      files: [...files, MANIFEST].sort(),
    };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
