import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './helpers';
import { startScenario, stepHeading, timer } from './player-helpers';

const BASE = 'https://profproba.example/xapi/';
const VERB = 'http://adlnet.gov/expapi/verbs/';

interface Statement {
  id: string;
  actor: { account: { homePage: string; name: string } };
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled: number; raw: number }; completion?: boolean; response?: string };
  timestamp: string;
}

/** Plays to the ending with the first answer everywhere; returns the overall score the end screen shows. */
async function playFirstAnswers(page: Page): Promise<number> {
  for (let guard = 0; guard < 30; guard++) {
    const heading = stepHeading(page);
    await expect(heading).toBeFocused();
    const text = (await heading.textContent()) ?? '';
    if (text.includes('Сценарий завершён')) break;
    if (text.includes('Прочитайте') || text.includes('Разбор ответа')) {
      await page.getByRole('button', { name: /Продолжить|Дальше/ }).click();
    } else {
      if (text.includes('пока не вышло время')) await expect(timer(page)).toBeVisible();
      await page.keyboard.press('1');
    }
    await expect(stepHeading(page)).not.toHaveText(text);
  }
  await expect(stepHeading(page)).toHaveText('Сценарий завершён');
  const overall = await page.getByText(/Общий результат: \d+ из 100/).textContent();
  return Number(/(\d+) из 100/.exec(overall ?? '')?.[1]);
}

async function exportXapi(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт xAPI' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('a played scenario exports its report as xAPI statements', async ({ page }) => {
  await startScenario(page, 'example-first-call', { name: 'Вера' });
  const overall = await playFirstAnswers(page);
  expect(overall).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Открыть подробный отчёт' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Отчёт: / })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Экспорт xAPI' })).toBeVisible();
  await expectNoA11yViolations(page);

  const { name, text } = await exportXapi(page);
  expect(name).toMatch(/^profproba-report-example-first-call-\d{4}-\d{2}-\d{2}\.xapi\.json$/);
  await expect(page.getByRole('status').filter({ hasText: `Файл ${name} сохранён.` })).toBeAttached();

  const statements = JSON.parse(text) as Statement[];
  const verbs = statements.map((s) => s.verb.id.replace(VERB, ''));
  expect(verbs[0]).toBe('attempted');
  expect(verbs[verbs.length - 1]).toBe('completed');
  const middle = verbs.slice(1, -1);
  expect(middle.length).toBeGreaterThanOrEqual(4);
  expect(middle.every((v) => v === 'answered' || v === 'experienced')).toBe(true);
  // The scenario opens with a narration the trainee reads, then the client speaks.
  expect(middle[0]).toBe('experienced');
  expect(middle.filter((v) => v === 'answered').length).toBeGreaterThanOrEqual(4);

  const scenario = `${BASE}scenarios/example-first-call`;
  expect(statements[0]?.object.id).toBe(scenario);
  expect(statements[statements.length - 1]?.object.id).toBe(scenario);
  for (const s of statements.slice(1, -1)) expect(s.object.id.startsWith(`${scenario}/steps/`)).toBe(true);
  const answers = statements.filter((s) => s.verb.id === `${VERB}answered`);
  expect(answers.every((s) => typeof s.result?.response === 'string' && s.result.response !== '')).toBe(true);

  const completed = statements[statements.length - 1];
  expect(completed?.result?.completion).toBe(true);
  expect(completed?.result?.score?.raw).toBe(overall);
  expect(completed?.result?.score?.scaled).toBe(overall / 100);

  // A pseudonymous account, never the trainee's name; one UUID per statement, times in order.
  expect(new Set(statements.map((s) => s.actor.account.name)).size).toBe(1);
  expect(statements[0]?.actor.account.homePage).toBe(BASE);
  expect(text).not.toContain('Вера');
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const times = statements.map((s) => Date.parse(s.timestamp));
  expect([...times].sort((a, b) => a - b)).toEqual(times);

  // After a reload the same file comes out: an LRS receiving it twice keeps one copy.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Экспорт xAPI' })).toBeVisible();
  expect((await exportXapi(page)).text).toBe(text);
});
