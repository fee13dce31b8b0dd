import { expect, test, type Page } from '@playwright/test';
import { createTrainee, expectNoA11yViolations } from './helpers';
import { seedAttempt, traineeIds } from './seed-attempt';

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function trainee(page: Page, name: string): Promise<string> {
  await createTrainee(page, name);
  const [id] = await traineeIds(page);
  if (!id) throw new Error('no trainee');
  return id;
}

test('a finished attempt: report, evidence link, PDF on A4, progress after a reload', async ({ page }) => {
  test.slow();
  const errors = collectConsoleErrors(page);
  const traineeId = await trainee(page, 'Анна');
  await seedAttempt(page, { scenarioId: 'example-first-call', traineeId, choose: { needs: 'premium' } });

  await page.goto('/#/progress');
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  await expect(nav.getByRole('link', { name: 'Мой прогресс' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Мой прогресс: Анна' })).toBeVisible();
  await page.getByRole('link', { name: /Отчёт о попытке «Первый звонок/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Отчёт: / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Итог' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Итог' }).getByText('Частичный успех')).toBeVisible();
  const table = page.getByRole('table', { name: /Профиль компетенций/ });
  const negotiation = table.getByRole('row', { name: /проводить деловые переговоры/ });
  await expect(negotiation.getByRole('cell', { name: '56', exact: true })).toBeVisible();
  // A competency observed once: the words, not a zero.
  await expect(
    table.getByRole('row', { name: /вежлив/ }).getByRole('cell', { name: 'недостаточно данных' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Диаграмма: Умения/ })).toBeVisible();

  // Follow the score to the decision that produced it, and back.
  await negotiation.getByRole('link', { name: /^Решение 2:/ }).click();
  const entry = page.getByRole('listitem', { name: /Решение 2 · Диалог/ });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry.getByText('Лучший вариант', { exact: true })).toBeVisible();
  await entry.getByRole('link', { name: /к компетенции «.*переговоры.*» в таблице/ }).click();
  await expect(negotiation).toBeFocused();

  await expectNoA11yViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Распечатать' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Основная навигация' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^profproba-report-example-first-call-.*\.json$/);

  await page.goto('/#/progress');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Мой прогресс: Анна' })).toBeVisible();
  const attempts = page.getByRole('region', { name: 'Попытки' });
  await expect(attempts.getByRole('row', { name: /Первый звонок/ })).toContainText('Частичный успех');
  await expect(page.getByRole('region', { name: 'Ещё не проявлялись' })).toBeVisible();
  await expectNoA11yViolations(page);
  expect(errors).toEqual([]);
});

test('a counsellor-session assessment is not shown to the trainee; tampered storage shows a warning', async ({
  page,
}) => {
  const traineeId = await trainee(page, 'Борис');
  const hidden = await seedAttempt(page, {
    scenarioId: 'example-first-call',
    traineeId,
    mode: 'assessment',
    sessionId: 'session-1',
  });
  const tampered = await seedAttempt(page, {
    scenarioId: 'example-first-call',
    traineeId,
    tamperOverall: 99,
  });

  await page.goto(`/#/report/${hidden}`);
  await expect(page.getByText('Результаты покажет консультант.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Итог' })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page.goto(`/#/report/${tampered}`);
  await expect(page.getByRole('alert')).toContainText('Пересчёт решений дал другой результат');
  await expect(page.getByText('99')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  // The raw data stays downloadable; statements with scores it cannot vouch for are not offered.
  await expect(page.getByRole('button', { name: 'Скачать JSON' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Экспорт xAPI' })).toHaveCount(0);

  await page.goto('/#/progress');
  await expect(page.getByRole('row', { name: /результаты у консультанта/ })).toBeVisible();
});
