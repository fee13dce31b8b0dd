import { expect, test, type Page } from '@playwright/test';
import { createTrainee, expectNoA11yViolations } from './helpers';

/** The app always derives with 600,000 PBKDF2 iterations; each unlock here pays that cost for real. */
const PASSPHRASE = 'синий чайник у окна 7';

async function setUp(page: Page): Promise<void> {
  await page.goto('/#/counsellor');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Кабинет консультанта: первый вход' }),
  ).toBeVisible();
  await page.getByLabel('Фраза-пароль', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Повторите фразу-пароль').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Создать кабинет' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Кабинет консультанта', exact: true }),
  ).toBeVisible();
}

async function addCandidate(page: Page, name: string, contact: string, note: string): Promise<void> {
  await page.getByLabel('Имя кандидата').fill(name);
  await page.getByLabel('Контакт (необязательно)').fill(contact);
  await page.getByLabel('Заметка (необязательно)').fill(note);
  await expect(page.getByLabel('Цель обработки')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Добавить кандидата' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Фраза-пароль', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Открыть кабинет' }).click();
}

const lockedHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Кабинет консультанта заблокирован' });

test('set the passphrase, add candidates, lock on reload, refuse a wrong passphrase, erase a candidate', async ({
  page,
}) => {
  // Several real 600,000-iteration key derivations and three axe runs: slow on a busy 2-core machine.
  test.slow();
  await page.goto('/#/counsellor');
  await expect(page.getByText('Забытую фразу-пароль восстановить нельзя')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel('Фраза-пароль', { exact: true }).fill('коротко');
  await page.getByRole('button', { name: 'Создать кабинет' }).click();
  await expect(page.getByText('Фраза-пароль должна быть не короче 10 символов.')).toBeVisible();

  await setUp(page);
  await expect(
    page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Консультанту' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Перейти к кандидатам' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await addCandidate(page, 'Анна Смирнова', 'anna@example.org', 'Хорошо держит паузу');
  await addCandidate(page, 'Борис Орлов', '+7 900 123-45-67', 'Просил перенести встречу');
  await expect(page.getByText('нет согласия')).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByText('Анна Смирнова')).toHaveCount(0);
  await expectNoA11yViolations(page);

  await unlock(page, 'неправильная фраза 1');
  await expect(page.getByRole('alert')).toHaveText(
    'Неверная фраза-пароль. Кабинет остаётся заблокированным.',
  );
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByText('Анна Смирнова')).toHaveCount(0);
  for (const path of ['/counsellor', '/counsellor/candidates', '/counsellor/backup']) {
    await page.goto(`/#${path}`);
    await expect(lockedHeading(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toHaveCount(0);
    await expect(page.getByText('Борис Орлов')).toHaveCount(0);
  }

  await page.goto('/#/counsellor/candidates');
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Борис Орлов' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Борис Орлов' })).toBeVisible();
  await expect(page.getByLabel('Заметка (необязательно)')).toHaveValue('Просил перенести встречу');
  await page.getByRole('button', { name: 'Удалить кандидата «Борис Орлов»' }).click();
  await page.getByRole('button', { name: 'Да, удалить всё' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Кандидат «Борис Орлов» и все его данные удалены.');
  await expect(page.getByRole('link', { name: 'Борис Орлов' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Анна Смирнова' })).toBeVisible();

  await page.getByRole('button', { name: 'Заблокировать кабинет' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByText('Анна Смирнова')).toHaveCount(0);
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('link', { name: 'Анна Смирнова' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Борис Орлов' })).toHaveCount(0);
});

test('the raw IndexedDB records hold no candidate name, contact or note in clear', async ({ page }) => {
  await setUp(page);
  await page.goto('/#/counsellor/candidates');
  await addCandidate(page, 'Евгения Тестовая', 'evgenia@example.org', 'Секретная заметка');

  const dump = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('profproba');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const readAll = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    // Every binary field rendered both as UTF-8 and byte by byte, so no encoding hides a name.
    const render = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
        return `${new TextDecoder().decode(bytes)}|${Array.from(bytes, (b) => String.fromCharCode(b)).join('')}`;
      }
      if (Array.isArray(value)) return value.map(render);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v)]));
      }
      return value;
    };
    const sealed = await readAll('sealed');
    const vault = await readAll('vault');
    database.close();
    return {
      count: sealed.length,
      kinds: sealed.map((r) => (r as { kind: string }).kind),
      text: JSON.stringify(render({ sealed, vault })),
    };
  });

  expect(dump.count).toBe(2);
  expect(dump.kinds.sort()).toEqual(['candidate', 'consent']);
  for (const secret of [
    'Евгения',
    'Тестовая',
    'evgenia@example.org',
    'Секретная',
    'заметка',
    'Профессиональн',
  ]) {
    expect(dump.text).not.toContain(secret);
  }
  expect(dump.text).toContain('PBKDF2');
});

test('the workspace locks itself after 10 minutes without activity', async ({ page }) => {
  await page.clock.install();
  await setUp(page);
  await page.getByRole('link', { name: 'Перейти к кандидатам' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await page.clock.fastForward('09:00');
  await page.getByLabel('Имя кандидата').press('a');
  await page.clock.fastForward('09:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(lockedHeading(page)).toBeVisible();
  await expect(page.getByText('Кабинет заблокирован после 10 минут бездействия.')).toBeVisible();
});

test('an encrypted backup restores on a fresh device only with its passphrase', async ({ page, browser }) => {
  test.slow();
  await setUp(page);
  await page.goto('/#/counsellor/candidates');
  await addCandidate(page, 'Вера Копиева', 'vera@example.org', 'Переезжает в другой центр');
  await page.getByRole('link', { name: 'Резервная копия', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Резервная копия', exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать резервную копию' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^profproba-counsellor-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(file, 'utf8');
  for (const secret of ['Вера', 'vera@example.org', 'Переезжает']) expect(text).not.toContain(secret);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/#/counsellor');
  await expect(other.getByRole('heading', { level: 2, name: 'Перенос с другого компьютера' })).toBeVisible();
  await other.getByLabel('Файл резервной копии').setInputFiles(file);
  await other.getByLabel('Фраза-пароль этой копии').fill('совсем другая фраза');
  await other.getByRole('button', { name: 'Восстановить' }).click();
  await expect(other.getByRole('alert')).toHaveText(
    'Фраза-пароль не подходит к этой копии. Ничего не изменено.',
  );
  await other.getByLabel('Фраза-пароль этой копии').fill(PASSPHRASE);
  await other.getByRole('button', { name: 'Восстановить' }).click();
  await expect(
    other.getByRole('heading', { level: 1, name: 'Кабинет консультанта', exact: true }),
  ).toBeVisible();
  await other.getByRole('link', { name: 'Перейти к кандидатам' }).click();
  await expect(other.getByRole('link', { name: 'Вера Копиева' })).toBeVisible();
  await other.reload();
  await unlock(other, PASSPHRASE);
  await expect(other.getByRole('link', { name: 'Вера Копиева' })).toBeVisible();
  await fresh.close();
});

test('a forgotten passphrase: the workspace is erased on purpose, the trainees stay', async ({ page }) => {
  test.slow();
  await createTrainee(page, 'Ирина Тренирующаяся');
  await setUp(page);
  await page.getByRole('link', { name: 'Перейти к кандидатам' }).click();
  await addCandidate(page, 'Анна Смирнова', '', '');
  await page.reload();
  await expect(lockedHeading(page)).toBeVisible();

  await page.getByText('Забыли фразу-пароль?').click();
  await expect(page.getByText('Профили тренирующихся и их попытки')).toBeVisible();
  await expectNoA11yViolations(page);
  const word = page.getByLabel('Чтобы подтвердить, введите слово СТЕРЕТЬ');
  await word.fill('удалить');
  await page.getByRole('button', { name: 'Стереть кабинет' }).click();
  await expect(page.getByText('Введите слово СТЕРЕТЬ, чтобы подтвердить стирание.')).toBeVisible();
  await expect(lockedHeading(page)).toBeVisible();

  await word.fill('стереть');
  await page.getByRole('button', { name: 'Стереть кабинет' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Кабинет стёрт' });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Кабинет консультанта: первый вход' }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  // A new workspace starts empty; the trainee on this device is still there.
  await page.getByLabel('Фраза-пароль', { exact: true }).fill('новая фраза для кабинета');
  await page.getByLabel('Повторите фразу-пароль').fill('новая фраза для кабинета');
  await page.getByRole('button', { name: 'Создать кабинет' }).click();
  // The page reloaded on was the list of candidates: it opens again, empty.
  await expect(page.getByRole('heading', { level: 1, name: 'Кандидаты', exact: true })).toBeVisible();
  await expect(page.getByText('Пока нет ни одного кандидата.')).toBeVisible();
  await expect(page.getByText('Анна Смирнова')).toHaveCount(0);
  await page.goto('/#/trainees');
  await expect(page.getByRole('main').getByText('Ирина Тренирующаяся', { exact: true })).toBeVisible();
});
