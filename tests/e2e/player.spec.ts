import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './helpers';
import { seedCustomScenario, startScenario, stepHeading, timer } from './player-helpers';

const EXAMPLE = 'example-first-call';

/** The absolute deadline the engine stored in the attempt's snapshot. */
async function storedDeadline(page: Page, attemptUrl: string): Promise<number> {
  const id = decodeURIComponent(attemptUrl.split('/play/')[1] ?? '');
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('profproba');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const get = request.result.transaction('attemptLogs').objectStore('attemptLogs').get(id);
          get.onsuccess = () => {
            request.result.close();
            resolve(
              (get.result as { snapshot: { snapshot: { context: { deadline: number } } } }).snapshot.snapshot
                .context.deadline,
            );
          };
        };
      }),
    id,
  );
}

async function eventCount(page: Page, attemptUrl: string): Promise<number> {
  const id = decodeURIComponent(attemptUrl.split('/play/')[1] ?? '');
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('profproba');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const get = request.result.transaction('attempts').objectStore('attempts').get(id);
          get.onsuccess = () => {
            request.result.close();
            resolve((get.result as { eventCount: number }).eventCount);
          };
        };
      }),
    id,
  );
}

test('a built-in scenario is played to its ending with the keyboard alone', async ({ page }) => {
  await page.goto(`/#/scenarios/${EXAMPLE}`);
  const name = page.getByRole('textbox', { name: 'Ваше имя' });
  await name.fill('Вера');
  await name.press('Enter');
  await page.getByRole('button', { name: 'Начать', exact: true }).press('Enter');
  await expect(page).toHaveURL(/#\/play\//);

  for (let guard = 0; guard < 30; guard++) {
    const heading = stepHeading(page);
    await expect(heading).toBeFocused();
    const text = (await heading.textContent()) ?? '';
    if (text.includes('Сценарий завершён')) break;
    if (text.includes('Прочитайте') || text.includes('Разбор ответа')) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /Продолжить|Дальше/ })).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      // A timed step's answers wait until its clock start is saved; the countdown shows then.
      if (text.includes('пока не вышло время')) await expect(timer(page)).toBeVisible();
      await page.keyboard.press('1');
    }
    await expect(stepHeading(page)).not.toHaveText(text);
  }
  await expect(stepHeading(page)).toHaveText('Сценарий завершён');
  await expect(page.getByText('Итог:')).toBeVisible();
  await expect(page.getByText(/Общий результат: \d+ из 100/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Открыть подробный отчёт' })).toHaveAttribute(
    'href',
    /^#\/report\/.+/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Сценарий завершён:' })).toBeAttached();
  await expectNoA11yViolations(page);

  await page.goto(`/#/scenarios`);
  const card = page.getByRole('article', { name: 'Первый звонок по заявке' });
  await expect(card.getByText(/Пройден, лучший результат \d+ из 100/)).toBeVisible();
});

test('a reload mid-scenario and mid-timer resumes the same step with the time that was left', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2025-03-03T10:00:00') });
  const url = await startScenario(page, EXAMPLE, { mode: 'assessment' });
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await page.keyboard.press('1');
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ваш ответ');
  await page.reload();
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ваш ответ');
  await expect(page.getByText('Добрый день, Ирина Сергеевна!', { exact: false }).first()).toBeVisible();
  await page.keyboard.press('1');

  await expect(stepHeading(page)).toHaveText('Шаг 4. Ответьте, пока не вышло время');
  // In assessment the step is shown as soon as it is entered, so its clock starts at once.
  await expect(timer(page)).toHaveText(/0:(30|2\d)/);
  // Fix the clock (timers keep running) so a slow reload on a busy machine does not blur the figures.
  const now = await page.evaluate(() => Date.now());
  await page.clock.setFixedTime(now);
  const deadline = await storedDeadline(page, url);
  await page.clock.setFixedTime(now + 12_000);
  const secondsLeft = Math.ceil((deadline - now - 12_000) / 1000);
  expect(secondsLeft).toBeGreaterThan(10);
  const left = `0:${String(secondsLeft).padStart(2, '0')}`;
  await expect(timer(page)).toHaveText(left);
  await page.reload();
  await expect(stepHeading(page)).toHaveText('Шаг 4. Ответьте, пока не вышло время');
  await expect(timer(page)).toHaveText(left);
  await expectNoA11yViolations(page);

  // Away past the deadline: on return the timeout is recorded at the deadline, and play goes on.
  await page.goto('about:blank');
  await page.clock.setFixedTime(now + 60_000);
  await page.goto(url);
  await expect(stepHeading(page)).toHaveText('Шаг 5. Вопрос на память');
  await expect(page.getByText('Вы не успели ответить.')).toBeVisible();
  // continue, two choices, the clock's start, the timeout.
  expect(await eventCount(page, url)).toBe(5);
});

test("in practice a timed step's time starts when it is shown, not while the debrief before it is read", async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2025-03-03T10:00:00') });
  const url = await startScenario(page, EXAMPLE, { mode: 'practice' });
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Дальше' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ваш ответ');
  await page.keyboard.press('1');
  await expect(stepHeading(page)).toHaveText('Разбор ответа');
  // The next step allows 30 s; read the debrief for two minutes (timers run).
  await page.clock.runFor(120_000);
  await expect(stepHeading(page)).toHaveText('Разбор ответа');
  expect(await eventCount(page, url)).toBe(3);
  await page.getByRole('button', { name: 'Дальше' }).click();

  await expect(stepHeading(page)).toHaveText('Шаг 4. Ответьте, пока не вышло время');
  await expect(timer(page)).toHaveText(/0:(30|29)/);
  await expect(page.getByText('Вы не успели ответить.')).toHaveCount(0);
  const now = await page.evaluate(() => Date.now());
  const deadline = await storedDeadline(page, url);
  expect(deadline - now).toBeGreaterThan(28_000);
  expect(deadline - now).toBeLessThanOrEqual(30_000);
  expect(await eventCount(page, url)).toBe(4);
  const answer = page.getByRole('button', { name: /Понимаю, срок важен/ });
  await expect(answer).toBeEnabled();
  await answer.click();
  await expect(stepHeading(page)).toHaveText('Разбор ответа');
  await expect(page.getByText('Спокойный ответ с фактами', { exact: false })).toBeVisible();
  await expect(page.getByText('Вы не успели ответить.')).toHaveCount(0);
  expect(await eventCount(page, url)).toBe(5);
});

test('practice shows feedback after a choice; assessment does not', async ({ page }) => {
  await startScenario(page, EXAMPLE, { mode: 'practice' });
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('button', { name: /Добрый день, Ирина Сергеевна/ }).click();
  await expect(stepHeading(page)).toHaveText('Разбор ответа');
  await expect(page.getByRole('heading', { name: 'Проявлено' })).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Настроение клиента' })).toBeVisible();
  await expect(page.getByText(/выросло на \d+/).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Дальше' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ваш ответ');
  await expect(page.getByRole('button', { name: 'Начать заново' })).toBeVisible();

  await startScenario(page, EXAMPLE, { mode: 'assessment' });
  await expect(page.getByText('Режим оценки: подсказок нет')).toBeVisible();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('button', { name: /Добрый день, Ирина Сергеевна/ }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ваш ответ');
  await expect(page.getByText('Разбор ответа')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Проявлено' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Начать заново' })).toHaveCount(0);
});

test('a failed write is shown in words and the choice can be retried', async ({ page }) => {
  await seedCustomScenario(page);
  await startScenario(page, 'custom:every-kind');
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Не хватает места для сохранения' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Ответ не сохранён' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сохранить ещё раз' })).toBeFocused();
  await expect(stepHeading(page)).toHaveText('Шаг 1. Прочитайте');
  await expectNoA11yViolations(page);

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await page.getByRole('button', { name: 'Сохранить ещё раз' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await expect(page.getByText('Ответ не сохранён')).toHaveCount(0);
});

test('the same attempt in two tabs never applies a choice twice', async ({ page, context }) => {
  const url = await startScenario(page, EXAMPLE, { mode: 'assessment' });
  // Tab B does not hear the other tab (no BroadcastChannel): its stale choice must be refused.
  const stale = await context.newPage();
  await stale.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  await stale.goto(url);
  await expect(stepHeading(stale)).toHaveText('Шаг 1. Прочитайте');
  // Tab C hears it and follows along.
  const follower = await context.newPage();
  await follower.goto(url);
  await expect(stepHeading(follower)).toHaveText('Шаг 1. Прочитайте');

  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await expect(follower.getByRole('alert').filter({ hasText: 'продолжена в другой вкладке' })).toBeVisible();
  await expect(stepHeading(follower)).toHaveText('Шаг 2. Ваш ответ');

  await stale.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: 'ваш выбор здесь не применён' })).toBeVisible();
  await expect(stepHeading(stale)).toHaveText('Шаг 2. Ваш ответ');
  expect(await eventCount(page, url)).toBe(1);
});

test('without storage the scenario is played in memory and the page says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto(`/#/scenarios/${EXAMPLE}`);
  await expect(page.getByText('прогресс не сохранится после закрытия вкладки').first()).toBeVisible();
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  await expect(
    page.getByText('Хранилище браузера недоступно: прогресс этой попытки не сохранится'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await expectNoA11yViolations(page);
});
