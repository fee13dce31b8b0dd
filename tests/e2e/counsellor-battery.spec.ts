import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { choiceScenario, writtenScenario } from './fixtures/battery';
import { expectNoA11yViolations } from './helpers';
import { seedCustomScenario } from './player-helpers';

/** Every unlock derives the key with 600,000 PBKDF2 iterations for real. */
const PASSPHRASE = 'синий чайник у окна 7';
const ANNA = 'Анна Смирнова';
const BORIS = 'Борис Орлов';
const ANNA_LETTER = 'Ирина, простите за задержку: завтра привезём до 10 утра.';
const BORIS_LETTER = 'Так получилось, извините.';

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const lockedHeading = (page: Page) => h1(page, 'Кабинет консультанта заблокирован');

async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Фраза-пароль', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Открыть кабинет' }).click();
}

async function addCandidate(page: Page, name: string): Promise<void> {
  await page.getByLabel('Имя кандидата').fill(name);
  await page.getByRole('button', { name: 'Добавить кандидата' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

async function choose(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(text) }).click();
}

/** Plays the battery (the choice scenario, then the written one); optionally reloads mid-scenario. */
async function runBattery(page: Page, good: boolean, letter: string, reload: boolean): Promise<void> {
  await expect(h1(page, 'Короткий звонок')).toBeVisible();
  await expect(page.getByText('Сценарий 1 из 2')).toBeVisible();
  await choose(page, good ? 'Слушаю вас внимательно' : 'Говорите быстрее');
  await choose(page, good ? 'Давайте обсудим объём заказа' : '^\\d*\\s*Нет\\.$');
  await expect(page.getByText('Сценарий завершён. Ответы сохранены.')).toBeVisible();
  // Assessment mode: no feedback, no end-of-scenario score, no way to restart.
  await expect(page.getByText(/из 100/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Начать заново|Пройти ещё раз/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Перейти к следующему сценарию' }).click();

  await expect(h1(page, 'Письмо клиенту')).toBeVisible();
  await expect(page.getByText('Сценарий 2 из 2')).toBeVisible();
  await choose(page, good ? 'Приношу извинения' : 'Бывает');
  const answer = page.getByLabel('Напишите клиентке короткое письмо с извинением');
  await expect(answer).toBeVisible();
  if (reload) {
    await page.reload();
    await expect(h1(page, 'Письмо клиенту')).toBeVisible();
    await expect(page.getByText('Сценарий 2 из 2')).toBeVisible();
    await expect(answer).toBeVisible();
  }
  await answer.fill(letter);
  await page.getByRole('button', { name: 'Ответить' }).click();
  await page.getByRole('button', { name: 'Завершить' }).click();
  await expect(h1(page, 'Спасибо!')).toBeVisible();
  await expect(page.getByText(/из 100/)).toHaveCount(0);
}

async function startSession(page: Page, name: string): Promise<void> {
  await page.goto('/#/counsellor/candidates');
  await page.getByRole('link', { name }).click();
  await expect(h1(page, name)).toBeVisible();
  await page.getByRole('button', { name: 'Начать оценку на этом компьютере' }).click();
  await expect(page).toHaveURL(/#\/assessment$/);
}

/** Every record of every object store of the app's database, binary fields decoded as text. */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const plain = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) return decoder.decode(value);
      if (Array.isArray(value)) return value.map(plain);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
      return value;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('profproba');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const stores = [...db.objectStoreNames];
    const dump: Record<string, unknown[]> = {};
    for (const name of stores) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result.map(plain));
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    db.close();
    return JSON.stringify(dump);
  });
}

test('batteries, two candidates assessed (one reloading), rating, comparison, CSV, privacy at rest, erasure', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await seedCustomScenario(page, choiceScenario(), 'battery-choice');
  await seedCustomScenario(page, writtenScenario(), 'battery-written');

  await page.goto('/#/counsellor');
  await page.getByLabel('Фраза-пароль', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Повторите фразу-пароль').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Создать кабинет' }).click();
  await expect(h1(page, 'Кабинет консультанта')).toBeVisible();

  await page.goto('/#/counsellor/candidates');
  await addCandidate(page, ANNA);
  await addCandidate(page, BORIS);

  // A battery of the two short scenarios.
  await page.getByRole('link', { name: 'Батареи' }).click();
  await expect(h1(page, 'Батареи заданий')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel('Название батареи').fill('Проба менеджера');
  const pick = page.getByLabel('Сценарий', { exact: true });
  await pick.selectOption('custom:battery-choice');
  await page.getByRole('button', { name: 'Добавить сценарий' }).click();
  await pick.selectOption('custom:battery-written');
  await page.getByRole('button', { name: 'Добавить сценарий' }).click();
  await page.getByRole('radio', { name: 'Без ограничения времени' }).check();
  await page.getByRole('button', { name: 'Создать батарею' }).click();
  await expect(page.getByRole('link', { name: 'Проба менеджера' })).toBeVisible();
  await page.getByRole('link', { name: 'Проба менеджера' }).click();
  await expect(h1(page, 'Проба менеджера')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Короткий звонок' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Anna plays; starting the session locks the workspace. She reloads mid-scenario.
  await startSession(page, ANNA);
  await expectNoA11yViolations(page);
  await runBattery(page, true, ANNA_LETTER, true);
  await expectNoA11yViolations(page);

  // Back to the counsellor's pages only with the passphrase.
  await page.getByRole('link', { name: 'Для консультанта (нужна фраза-пароль)' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await unlock(page);
  await expect(h1(page, 'Кабинет консультанта')).toBeVisible();
  await startSession(page, BORIS);
  await runBattery(page, false, BORIS_LETTER, false);

  // Nothing personal at rest in clear: no names, no written answers, no scores.
  const raw = await rawDatabase(page);
  for (const secret of [
    ANNA,
    'Смирнова',
    BORIS,
    'Орлов',
    ANNA_LETTER,
    'простите за задержку',
    BORIS_LETTER,
    'Проба менеджера',
  ]) {
    expect(raw, secret).not.toContain(secret);
  }
  expect(raw).not.toContain('"overall"');
  expect(raw).not.toContain('"result"');
  expect(raw).not.toContain('"competencies":{');

  // Review Anna: the report over the battery, with her written answer waiting for a rating.
  await page.goto('/#/counsellor/candidates');
  await unlock(page);
  await page.getByRole('link', { name: ANNA }).click();
  await page.getByRole('link', { name: 'Результаты и комментарии' }).click();
  await expect(h1(page, `Результаты: ${ANNA}`)).toBeVisible();
  await expect(page.getByText('Пройдено сценариев: 2 из 2.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Оценка письменных ответов' }).getByText(ANNA_LETTER),
  ).toBeVisible();
  await expect(page.getByText(/письменный ответ ждёт оценки/)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel('Извинение (0–2)').fill('2');
  await page.getByLabel('План (0–2)').fill('2');
  await page.getByRole('button', { name: 'Сохранить оценку' }).click();
  await expect(page.getByText(/письменный ответ ждёт оценки/)).toHaveCount(0);
  await expect(page.getByLabel('План (0–2)')).toHaveValue('2');
  // The battery as xAPI statements: about Anna's random id, never her name.
  const annaId = decodeURIComponent(/candidates\/([^/]+)\/review/.exec(page.url())?.[1] ?? '');
  expect(annaId).not.toBe('');
  const [xapi] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Экспорт xAPI' }).click(),
  ]);
  expect(xapi.suggestedFilename()).toMatch(/^profproba-battery-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.xapi\.json$/);
  const xapiText = readFileSync(await xapi.path(), 'utf8');
  for (const secret of [ANNA, 'Смирнова', 'Анна']) expect(xapiText, secret).not.toContain(secret);
  const statements = JSON.parse(xapiText) as { actor: { account: { name: string } }; verb: { id: string } }[];
  expect(statements.every((s) => s.actor.account.name === annaId)).toBe(true);
  const verbs = statements.map((s) => s.verb.id.split('/').pop());
  expect(verbs.filter((v) => v === 'attempted')).toHaveLength(2);
  expect(verbs.filter((v) => v === 'completed')).toHaveLength(2);

  await page.getByLabel('Новый комментарий').fill('Спокойна, держит паузу; сильное письмо.');
  await page.getByRole('button', { name: 'Добавить комментарий' }).click();
  await expect(page.getByText('Спокойна, держит паузу; сильное письмо.')).toBeVisible();

  // Compare both and export CSV.
  await page.getByRole('link', { name: 'Сравнение' }).click();
  await expect(h1(page, 'Сравнение кандидатов')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: ANNA })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: BORIS })).toBeVisible();
  // The same side by side as charts, one per group of the profile, with a key to the bars. This
  // battery observes no knowledge item twice, so that group is left to the table.
  await expect(page.getByRole('img', { name: /^Сравнение кандидатов: / })).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Сравнение кандидатов: Знания' })).toHaveCount(0);
  await expect(page.getByText('нет достаточных данных по этой группе')).toBeVisible();
  const key = page.getByRole('list', { name: 'Обозначения' });
  await expect(key.getByRole('listitem')).toHaveCount(3);
  await expect(key).toContainText(ANNA);
  await expect(key).toContainText(BORIS);
  await page.getByRole('checkbox', { name: BORIS }).uncheck();
  await expect(key.getByRole('listitem')).toHaveCount(2);
  await expect(key).not.toContainText(BORIS);
  await expect(table.getByRole('columnheader', { name: BORIS })).toHaveCount(0);
  await page.getByRole('checkbox', { name: BORIS }).check();
  await expect(key).toContainText(BORIS);
  await expectNoA11yViolations(page);
  const overallRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Общий балл' }) });
  const overall = (await overallRow.getByRole('cell').allInnerTexts()).slice(1).map((text) => text.trim());
  expect(overall).toHaveLength(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Скачать CSV (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  const lines = csv.split('\r\n');
  expect(lines[0]).toMatch(/^"Кандидат";"Батарея";"Дата";"Общий балл";/);
  const annaRow = lines.find((line) => line.startsWith(`"${ANNA}";`))?.split(';');
  const borisRow = lines.find((line) => line.startsWith(`"${BORIS}";`))?.split(';');
  expect(annaRow?.[1]).toBe('"Проба менеджера"');
  expect([annaRow?.[3], borisRow?.[3]]).toEqual(overall);
  expect(Number(annaRow?.[3])).toBeGreaterThan(Number(borisRow?.[3]));

  // The finished session is still set up on this device until the counsellor closes it.
  await page.getByRole('link', { name: 'Батареи' }).click();
  await expect(page.getByText(`${BORIS}: все сценарии пройдены.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Закрыть сессию на этом компьютере' }).click();
  await expect(page.getByRole('heading', { name: 'Оценка на этом компьютере' })).toHaveCount(0);

  // Lock: a wrong passphrase opens nothing, counsellor pages are out of reach.
  await page.getByRole('button', { name: 'Заблокировать кабинет' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await unlock(page, 'неправильная фраза 1');
  await expect(page.getByText('Неверная фраза-пароль. Кабинет остаётся заблокированным.')).toBeVisible();
  for (const path of ['/counsellor/compare', '/counsellor/batteries', '/counsellor/candidates']) {
    await page.goto(`/#${path}`);
    await expect(lockedHeading(page)).toBeVisible();
    await expect(page.getByText(ANNA)).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
  }

  // Erasure: Boris and every record of his go.
  await unlock(page);
  await page.getByRole('link', { name: BORIS }).click();
  await expect(h1(page, BORIS)).toBeVisible();
  const borisId = decodeURIComponent(page.url().split('/').pop() ?? '');
  expect((await rawDatabase(page)).includes(borisId)).toBe(true);
  await page.getByRole('button', { name: `Удалить кандидата «${BORIS}»` }).click();
  await page.getByRole('button', { name: 'Да, удалить всё' }).click();
  await expect(h1(page, 'Кандидаты')).toBeVisible();
  expect(await rawDatabase(page)).not.toContain(borisId);
});
