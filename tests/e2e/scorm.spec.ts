import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { expect, test, type Download, type FrameLocator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './helpers';

/**
 * SCORM 1.2: the studio exports a package of a scenario; the package, served from another origin
 * (an LMS), plays the scenario and reports to the LMS's API, or says plainly that nothing is sent.
 */
test.describe.configure({ mode: 'serial' });

const LMS = 'http://lms.test';
let files: Record<string, Uint8Array> = {};

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  xml: 'application/xml; charset=utf-8',
};

/** The host page of a fake LMS: a SCORM 1.2 `API` that records every call and keeps values per tab. */
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake LMS</title></head><body>
<h1>Course</h1>
<script>
  const calls = JSON.parse(sessionStorage.getItem('calls') || '[]');
  const values = JSON.parse(sessionStorage.getItem('values') || '{}');
  function record(call) {
    calls.push(call);
    sessionStorage.setItem('calls', JSON.stringify(calls));
    sessionStorage.setItem('values', JSON.stringify(values));
  }
  window.API = {
    LMSInitialize: (p) => (record(['LMSInitialize', p]), 'true'),
    LMSFinish: (p) => (record(['LMSFinish', p]), 'true'),
    LMSGetValue: (e) => (record(['LMSGetValue', e]), values[e] || ''),
    LMSSetValue: (e, v) => ((values[e] = String(v)), record(['LMSSetValue', e, String(v)]), 'true'),
    LMSCommit: (p) => (record(['LMSCommit', p]), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => 'No error',
    LMSGetDiagnostic: () => '',
  };
</script>
<iframe title="SCORM content" src="pkg/scorm.html" style="width:100%;height:900px"></iframe>
</body></html>`;

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return new Uint8Array(await readFile(await download.path()));
}

/** Serves `pkg` under http://lms.test/pkg/ and the fake LMS's host page at /course.html. */
async function serveLms(page: Page, pkg: Record<string, Uint8Array>): Promise<void> {
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/course.html') return route.fulfill({ body: HOST_PAGE, contentType: TYPES['html'] });
    const file = path.startsWith('/pkg/') ? pkg[decodeURIComponent(path.slice(5))] : undefined;
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    const type = TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
    return route.fulfill({ body: Buffer.from(file), contentType: type });
  });
}

type Calls = string[][];

async function recordedCalls(page: Page): Promise<Calls> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('calls') ?? '[]') as string[][]);
}

/** Plays to the ending taking the first option each time, as tests/e2e/player-helpers.ts does. */
async function playToEnd(scope: Page | FrameLocator): Promise<void> {
  const panel = scope.locator('section[data-kind]');
  for (let moves = 0; moves < 60; moves++) {
    const kind = await panel.getAttribute('data-kind');
    const where = `${await panel.getAttribute('data-step')}:${kind}`;
    if (kind === 'ending') return;
    if (kind === 'feedback') await panel.getByRole('button', { name: 'Дальше' }).click();
    else if (kind === 'narration') await panel.getByRole('button', { name: 'Продолжить' }).click();
    else await panel.locator('button[data-option]').first().click();
    await expect
      .poll(async () => `${await panel.getAttribute('data-step')}:${await panel.getAttribute('data-kind')}`)
      .not.toBe(where);
  }
  throw new Error('no ending after 60 moves');
}

test('the studio exports a SCORM 1.2 package of a built-in scenario opened as a copy', async ({
  page,
  request,
}) => {
  await page.goto('/#/studio');
  await page.getByRole('button', { name: 'Открыть копию «Первый звонок по заявке»' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Первый звонок по заявке');
  const button = page.getByRole('button', { name: 'Пакет SCORM' });
  await expect(button).toBeEnabled();
  const zip = await downloadBytes(page, () => button.click());
  await expect(page.getByRole('status').filter({ hasText: 'Пакет SCORM готов' })).toBeVisible();
  files = unzipSync(zip);

  // Every file the build listed is in the package, with the scenario, the launch page and the manifest.
  const listed = (await (await request.get('/package-files.json')).json()) as string[];
  expect(listed).toContain('index.html');
  for (const file of listed) expect(Object.keys(files), file).toContain(file);
  for (const own of ['imsmanifest.xml', 'scenario.json', 'scorm.html']) expect(files[own]).toBeDefined();
  const scenario = JSON.parse(strFromU8(files['scenario.json'] ?? new Uint8Array())) as { id: string };
  expect(scenario.id).toBe('example-first-call-copy');

  // The manifest is well-formed SCORM 1.2 with one SCO launching scorm.html and lists every file.
  const manifest = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
  const read = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const all = (name: string) => [...doc.getElementsByTagName(name)];
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.namespaceURI,
      schema: all('schema')[0]?.textContent,
      version: all('schemaversion')[0]?.textContent,
      scos: all('resource').map((r) => [r.getAttribute('adlcp:scormtype'), r.getAttribute('href')]),
      itemRef: all('item')[0]?.getAttribute('identifierref'),
      resourceId: all('resource')[0]?.getAttribute('identifier'),
      files: all('file').map((f) => f.getAttribute('href')),
    };
  }, manifest);
  expect(read.error).toBe(false);
  expect(read.root).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
  expect(read.schema).toBe('ADL SCORM');
  expect(read.version).toBe('1.2');
  expect(read.scos).toEqual([['sco', 'scorm.html']]);
  expect(read.itemRef).toBe(read.resourceId);
  expect(read.files.sort()).toEqual(
    Object.keys(files)
      .filter((f) => f !== 'imsmanifest.xml')
      .sort(),
  );
});

test('in an LMS the package plays to an ending and reports score, status and time; a reload resumes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(Object.keys(files).length).toBeGreaterThan(0);
  await serveLms(page, files);
  await page.goto(`${LMS}/course.html`);
  const frame = page.frameLocator('iframe[title="SCORM content"]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Первый звонок по заявке');
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByText('результаты никуда не отправляются')).toHaveCount(0);

  // One move, then the learner leaves: the LMS keeps the time and is told the SCO is suspended.
  const panel = frame.locator('section[data-kind]');
  await panel.getByRole('button', { name: 'Продолжить' }).click();
  await expect(panel).not.toHaveAttribute('data-kind', 'narration');
  const step = await panel.getAttribute('data-step');
  await page.reload();
  await expect(frame.locator('section[data-kind]')).toHaveAttribute('data-step', step ?? '');
  const first = await recordedCalls(page);
  expect(first[0]).toEqual(['LMSInitialize', '']);
  expect(first).toContainEqual(['LMSSetValue', 'cmi.core.exit', 'suspend']);
  expect(first.filter(([name]) => name === 'LMSInitialize')).toHaveLength(2);
  const suspended = first.find(([name, element]) => name === 'LMSSetValue' && element === 'cmi.suspend_data');
  expect(suspended?.[2]).toMatch(/^profproba-attempt:/);

  await playToEnd(frame);
  await expect(
    frame.getByRole('status').filter({ hasText: 'Результат передан в систему обучения' }),
  ).toBeVisible();

  const calls = await recordedCalls(page);
  // The calls of the second launch (after the reload): the one that reached the ending.
  const launch = calls.slice(calls.map(([name]) => name).lastIndexOf('LMSInitialize'));
  const set = (element: string) =>
    launch.find(([name, e]) => name === 'LMSSetValue' && e === element)?.[2] ?? null;
  const raw = Number(set('cmi.core.score.raw'));
  expect(raw).toBeGreaterThanOrEqual(0);
  expect(raw).toBeLessThanOrEqual(100);
  expect(set('cmi.core.score.min')).toBe('0');
  expect(set('cmi.core.score.max')).toBe('100');
  expect(['passed', 'failed', 'completed']).toContain(set('cmi.core.lesson_status'));
  expect(set('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(launch.slice(-2)).toEqual([
    ['LMSCommit', ''],
    ['LMSFinish', ''],
  ]);
  // What the learner reads is what the LMS got.
  await expect(frame.getByRole('status').filter({ hasText: 'Результат передан' })).toContainText(
    `${raw} из 100`,
  );
  await expect(frame.getByText(`Общий результат: ${raw} из 100`)).toBeVisible();
});

test('without an LMS the launch page still plays and says results are not sent', async ({ page }) => {
  test.setTimeout(120_000);
  await serveLms(page, files);
  await page.goto(`${LMS}/pkg/scorm.html`);
  await expect(page).toHaveURL(`${LMS}/pkg/index.html#/scorm`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Первый звонок по заявке');
  await expect(page.getByText('результаты никуда не отправляются').first()).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await playToEnd(page);
  await expect(page.getByRole('status').filter({ hasText: 'Результаты никуда не отправлены' })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('a package with a hostile scenario refuses it with its problems', async ({ page }) => {
  const hostile = {
    ...files,
    'scenario.json': strToU8('{"__proto__": {"polluted": true}, "id": "x", "steps": []}'),
  };
  await serveLms(page, hostile);
  await page.goto(`${LMS}/pkg/scorm.html`);
  await expect(page.getByRole('alert')).toContainText('повреждён или небезопасен');
  await expect(page.locator('section[data-kind]')).toHaveCount(0);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
});
