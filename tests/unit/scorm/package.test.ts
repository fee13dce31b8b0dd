import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateScenarioJson, type Scenario } from '../../../src/domain/scenario';
import { buildScormPackage, launchPageHtml, packageFileName } from '../../../src/scorm/package';

function example(): Scenario {
  const checked = validateScenarioJson(readFileSync(resolve('scenarios/example-first-call.json'), 'utf8'));
  if (!checked.ok) throw new Error('the example scenario is invalid');
  return checked.scenario;
}

/** A static server of the given files at http://app.test/. */
function server(files: Record<string, string>): (url: string) => Promise<Response> {
  return async (url) => {
    const path = new URL(url).pathname.slice(1);
    const body = files[path];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
}

const base = 'http://app.test/';

describe('building a SCORM package', () => {
  it('zips the listed app files, the scenario, the launch page and the manifest', async () => {
    const built = await buildScormPackage(example(), {
      base,
      language: 'ru',
      fetcher: server({
        'package-files.json': JSON.stringify(['index.html', 'assets/app.js', '../secret', 'scenario.json']),
        'index.html': '<!doctype html><title>app</title>',
        'assets/app.js': 'console.log(1)',
      }),
    });
    if (!built.ok) throw new Error(built.reason);
    const zip = unzipSync(built.bytes);
    expect(Object.keys(zip).sort()).toEqual(
      ['assets/app.js', 'imsmanifest.xml', 'index.html', 'scenario.json', 'scorm.html'].sort(),
    );
    expect(built.files).toEqual(Object.keys(zip).sort());
    expect(built.name).toBe('example-first-call-scorm.zip');
    expect(strFromU8(zip['assets/app.js'] ?? new Uint8Array())).toBe('console.log(1)');
    // The packaged scenario is the document itself, not a copy of a same-named built file.
    expect(validateScenarioJson(strFromU8(zip['scenario.json'] ?? new Uint8Array())).ok).toBe(true);
    const manifest = strFromU8(zip['imsmanifest.xml'] ?? new Uint8Array());
    expect(manifest).toContain('href="scorm.html"');
    expect(manifest).toContain('<title>Первый звонок по заявке</title>');
    expect(strFromU8(zip['scorm.html'] ?? new Uint8Array())).toContain('url=index.html#/scorm');
  });

  it('says so when there is no built app to package (development server)', async () => {
    const devServer = async (): Promise<Response> => new Response('<!doctype html>', { status: 200 });
    expect(await buildScormPackage(example(), { base, language: 'ru', fetcher: devServer })).toEqual({
      ok: false,
      reason: 'notBuilt',
    });
    expect(await buildScormPackage(example(), { base, language: 'ru', fetcher: server({}) })).toEqual({
      ok: false,
      reason: 'notBuilt',
    });
  });

  it('fails with the missing file, and refuses an invalid scenario', async () => {
    const missing = await buildScormPackage(example(), {
      base,
      language: 'en',
      fetcher: server({ 'package-files.json': JSON.stringify(['index.html', 'gone.js']), 'index.html': 'x' }),
    });
    expect(missing).toMatchObject({ ok: false, reason: 'failed' });
    if (!missing.ok && missing.reason === 'failed') expect(missing.message).toContain('gone.js');

    const broken = { ...example(), start: 'nowhere' };
    expect(await buildScormPackage(broken, { base, language: 'ru', fetcher: server({}) })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('escapes the title in the launch page and keeps file names safe', () => {
    expect(launchPageHtml('<b>"x"</b>', 'en')).not.toContain('<b>');
    expect(packageFileName({ id: '../x' })).toBe('scenario-scorm.zip');
  });
});
