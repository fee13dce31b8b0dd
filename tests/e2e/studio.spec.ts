import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './helpers';
import { startScenario, stepHeading } from './player-helpers';
import { generateScenario } from '../unit/fixtures/scenario/generate';

/** The studio: a trainer writes, checks, play-tests and publishes; files go out and in unchanged. */

function inspector(page: Page): Locator {
  return page.getByRole('region', { name: 'Свойства' });
}

function validation(page: Page): Locator {
  return page.getByRole('region', { name: 'Проверка сценария' });
}

async function newScenario(page: Page): Promise<void> {
  await page.goto('/#/studio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Студия сценариев');
  await page.getByRole('button', { name: 'Новый сценарий' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новый сценарий');
  await expect(page.getByRole('status').filter({ hasText: 'Все изменения сохранены' })).toBeVisible();
}

/** Selects a step in the keyboard-reachable list of steps. */
async function selectStep(page: Page, id: string): Promise<void> {
  await page
    .getByRole('listbox', { name: 'Шаги' })
    .getByRole('option', { name: new RegExp(`^\\S+( \\S+)? ${id}(?![-\\w])`) })
    .click();
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue(id);
}

async function ruText(scope: Locator, group: string, text: string): Promise<void> {
  await scope
    .getByRole('group', { name: group, exact: true })
    .getByRole('textbox', { name: 'Русский' })
    .fill(text);
}

/** Writes the client's line and both replies of the selected dialogue, and links the replies. */
async function writeDialogue(page: Page, line: string, next: [string, string]): Promise<void> {
  const panel = inspector(page);
  await ruText(panel, 'Реплика 1', line);
  for (const [i, target] of next.entries()) {
    const option = panel.getByRole('group', { name: `Вариант ${i + 1}`, exact: true });
    await ruText(option, 'Реплика менеджера', `${line} — ответ ${i + 1}`);
    await ruText(option, 'Обратная связь', `Пояснение к ответу ${i + 1}`);
    await option.getByRole('combobox', { name: 'Следующий шаг' }).selectOption(target);
  }
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Импорт файла…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('a trainer builds a scenario from nothing, fixes it, play-tests and publishes it; a trainee plays it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await newScenario(page);
  await expectNoA11yViolations(page);

  // Scenario settings: Russian only, a title and an id of our own.
  await page.getByRole('button', { name: 'Настройки сценария' }).click();
  await inspector(page).getByRole('checkbox', { name: 'Английский' }).uncheck();
  await ruText(inspector(page), 'Название', 'Звонок недовольного клиента');
  await inspector(page).getByRole('textbox', { name: 'Идентификатор сценария' }).fill('studio-e2e-call');

  // Two more decisions and a second ending, each added after the selected step.
  await selectStep(page, 'start');
  await page.getByRole('button', { name: 'Добавить шаг' }).click();
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue('dialogue');
  await page.getByRole('button', { name: 'Добавить шаг' }).click();
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue(
    'dialogue-2',
  );
  await page.getByLabel('Вид шага').selectOption('ending');
  await page.getByRole('button', { name: 'Добавить шаг' }).click();
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue('ending');

  // The new steps are empty: the validator says so and publishing is blocked.
  await expect(validation(page).getByRole('status')).toHaveText(/Ошибок: [1-9]\d*/);
  await expect(page.getByRole('button', { name: 'Опубликовать' })).toBeDisabled();
  const title = inspector(page).getByRole('group', { name: 'Заголовок финала' }).getByRole('textbox');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector(page).getByText('нет текста: Русский').first()).toBeVisible();

  // A problem in the list leads to its field.
  const firstError = validation(page)
    .getByRole('listitem')
    .filter({ hasText: /^ошибка/ })
    .first()
    .getByRole('button');
  await expect(firstError).toContainText('шаг «dialogue»');
  await firstError.click();
  await expect(page.locator(':focus')).toHaveAttribute('data-path', /^steps\/1\//);
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue('dialogue');

  await writeDialogue(page, 'Почему заказ опять задерживается?', ['dialogue-2', 'ending']);
  await selectStep(page, 'dialogue-2');
  await writeDialogue(page, 'И что вы предлагаете?', ['end', 'ending']);
  await selectStep(page, 'ending');
  await inspector(page).getByLabel('Исход').selectOption('lost');
  await ruText(inspector(page), 'Заголовок финала', 'Клиент ушёл');
  await ruText(inspector(page), 'Что произошло и почему', 'Клиент не получил ответа на свой вопрос.');
  await selectStep(page, 'start');
  const second = inspector(page).getByRole('group', { name: 'Вариант 2', exact: true });
  await second.getByRole('combobox', { name: 'Следующий шаг' }).selectOption('dialogue');
  await inspector(page)
    .getByRole('group', { name: 'Вариант 1', exact: true })
    .getByRole('combobox', { name: 'Следующий шаг' })
    .selectOption('dialogue');

  await expect(validation(page).getByRole('status')).toHaveText(/^(Ошибок: 0,|Ошибок и предупреждений нет)/);
  await expect(page.getByRole('button', { name: 'Опубликовать' })).toBeEnabled();
  await expectNoA11yViolations(page);

  // Play-test in practice mode, from the start, to an ending.
  await page.getByRole('button', { name: 'Проверить' }).click();
  const play = page.getByRole('region', { name: 'Проверка прохождения' });
  await play.getByRole('combobox', { name: 'Начать с шага' }).selectOption('start');
  await play.getByRole('button', { name: 'Начать проверку' }).click();
  await expect(play.getByRole('heading', { name: /Шаг start/ })).toBeFocused();
  await page.keyboard.press('1');
  await expect(play.getByRole('heading', { name: 'Обратная связь на последний выбор' })).toBeVisible();
  await expect(play.getByRole('heading', { name: /Шаг dialogue / })).toBeFocused();
  await page.keyboard.press('2');
  await expect(play.getByRole('heading', { name: 'Сценарий завершён' })).toBeFocused();
  await expect(play.getByText('Клиент ушёл', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Опубликована версия 1' })).toBeVisible();
  await expect(page.getByText('опубликован, версия 1')).toBeVisible();

  // The publication is in the version history and opens read-only.
  await page.getByRole('link', { name: '← Все сценарии' }).click();
  await page.getByText('История версий «Звонок недовольного клиента»').click();
  await page.getByRole('link', { name: 'Открыть версию 1 для чтения' }).click();
  await expect(page.getByText('только чтение: версия 1')).toBeVisible();
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveAttribute(
    'readonly',
    '',
  );
  await expect(page.getByRole('button', { name: 'Сделать черновиком' })).toBeVisible();

  // A trainee finds it in the catalogue and plays it to an ending.
  await page.goto('/#/scenarios');
  const card = page.getByRole('article', { name: 'Звонок недовольного клиента' });
  await expect(card).toBeVisible();
  const href = (await card.getByRole('link').first().getAttribute('href')) ?? '';
  await startScenario(page, decodeURIComponent(href.replace(/^#\/scenarios\//, '')));
  for (let guard = 0; guard < 12; guard++) {
    const heading = stepHeading(page);
    const text = (await heading.textContent()) ?? '';
    if (text.includes('Сценарий завершён')) break;
    if (text.includes('Разбор ответа')) {
      await page.getByRole('button', { name: /Продолжить|Дальше/ }).click();
    } else {
      await page.keyboard.press('1');
    }
    await expect(stepHeading(page)).not.toHaveText(text);
  }
  await expect(stepHeading(page)).toHaveText('Сценарий завершён');
});

test('export then import gives an identical document; undo, redo and a reload keep the work', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await newScenario(page);
  await page.getByRole('button', { name: 'Настройки сценария' }).click();
  const title = inspector(page)
    .getByRole('group', { name: 'Название', exact: true })
    .getByRole('textbox', { name: 'Русский' });
  await title.fill('Черновик до перезагрузки');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Новый сценарий');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Черновик до перезагрузки');

  // Reload at once, before the debounced autosave: the page-hide flush keeps the edit.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Черновик до перезагрузки');

  const exported = await downloadText(page, () => page.getByRole('button', { name: 'Экспорт' }).click());
  const document = JSON.parse(exported) as { title: { ru: string } };
  expect(document.title.ru).toBe('Черновик до перезагрузки');

  await page.goto('/#/studio');
  await importFile(page, 'copy.json', exported);
  await expect(page.getByRole('status').filter({ hasText: 'импортирован как черновик' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Черновик до перезагрузки' })).toHaveCount(2);
  await expectNoA11yViolations(page);

  // Delete with undo.
  await page.getByRole('button', { name: 'Удалить «Черновик до перезагрузки»' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'удалён' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Черновик до перезагрузки' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Отменить удаление' }).click();
  await expect(page.getByRole('link', { name: 'Черновик до перезагрузки' })).toHaveCount(2);

  // The newest one is the import: open it and export again.
  await page.getByRole('link', { name: 'Черновик до перезагрузки' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Черновик до перезагрузки');
  const again = await downloadText(page, () => page.getByRole('button', { name: 'Экспорт' }).click());
  expect(again).toBe(exported);
});

test('a hostile file shows its problems and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto('/#/studio');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Студия сценариев');

  const script = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2; alert(1)</script>';
  const hostile = `{"format": 1, "__proto__": {"polluted": true}, "id": "evil", "title": {"ru": ${JSON.stringify(script)}}, "steps": [{"id": "a", "kind": "narration", "text": {"ru": "x"}, "next": "nowhere"}]}`;
  await importFile(page, 'evil.json', hostile);
  const problems = page.getByRole('alert').filter({ hasText: 'Файл не импортирован' });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('«__proto__» запрещён');
  await expect(page.getByText('Сценариев пока нет')).toBeVisible();

  // Parseable but broken: kept as a draft with its errors; the markup stays text.
  const broken = JSON.parse(
    JSON.stringify({
      format: 1,
      id: 'broken-graph',
      version: 1,
      languages: ['ru'],
      title: { ru: script },
      description: { ru: 'Описание' },
      channel: 'chat',
      persona: { name: { ru: 'Клиент' }, company: { ru: 'Компания' }, role: { ru: 'Роль' }, mood: 50 },
      estimatedMinutes: 3,
      difficulty: 1,
      competencies: ['q.politeness'],
      variables: {},
      start: 'a',
      steps: [{ id: 'a', kind: 'narration', text: { ru: script }, next: 'nowhere' }],
    }),
  ) as unknown;
  await importFile(page, 'broken.json', JSON.stringify(broken));
  await expect(page.getByRole('status').filter({ hasText: 'с ошибками' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Импортировано как черновик; что нужно исправить:' }),
  ).toContainText('nowhere');
  await page.getByRole('link', { name: script }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(script);
  await expect(validation(page)).toContainText('nowhere');

  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => ({}) as { polluted?: boolean }).then((o) => o.polluted)).toBeUndefined();
});

test('a built-in scenario opens as a copy and play-tests from a timed step with chosen values', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/studio');
  await page.getByRole('button', { name: 'Открыть копию «Первый звонок по заявке»' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Первый звонок по заявке');
  await expect(page.getByText('черновик', { exact: true })).toBeVisible();

  // Search by id focuses the step; the graph and the list follow.
  await page.getByRole('searchbox', { name: 'Поиск по тексту или идентификатору' }).fill('deadline');
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('textbox', { name: 'Идентификатор шага' })).toHaveValue('deadline');
  await expect(
    page.getByRole('listbox', { name: 'Шаги' }).getByRole('option', { name: /^[А-яЁё ]+ deadline\b/ }),
  ).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Проверить' }).click();
  const play = page.getByRole('region', { name: 'Проверка прохождения' });
  await expect(play.getByRole('combobox', { name: 'Начать с шага' })).toHaveValue('deadline');
  await play.getByRole('spinbutton', { name: /mood/ }).fill('10');
  await play.getByRole('button', { name: 'Начать проверку' }).click();
  await expect(play.getByRole('timer')).toBeVisible();
  await expect(play.getByText('mood = 10')).toBeVisible();
  await page.keyboard.press('1');
  await expect(play.getByRole('heading', { name: /Шаг recall-budget/ })).toBeFocused();
  await expectNoA11yViolations(page);
});

test('an edit in a large scenario redraws only the box it changed, not the whole graph', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/studio');
  await importFile(page, 'large.json', JSON.stringify(generateScenario(120)));
  await expect(page.getByRole('status').filter({ hasText: 'импортирован как черновик' })).toBeVisible();
  await page.getByRole('link', { name: 'Generated (ru)' }).click();
  await expect(page.locator('.canvas[aria-busy="false"] .svelte-flow__node').first()).toBeVisible();
  await selectStep(page, 's40');
  const box = page.locator('.svelte-flow__node[data-id="s40"]');
  await expect(box).toBeVisible();

  // Keep hold of every box drawn now (the graph and the minimap), then edit one step's text.
  const drawn = await page.evaluate(() => {
    const boxes = [
      ...document.querySelectorAll<HTMLElement>('.svelte-flow__node, .svelte-flow__minimap-node'),
    ];
    (window as unknown as { boxesBefore: HTMLElement[] }).boxesBefore = boxes;
    return boxes.length;
  });
  expect(drawn).toBeGreaterThan(100);
  await ruText(inspector(page), 'Реплика 1', 'Новая реплика клиента');
  await expect(box).toContainText('Новая реплика клиента');

  // Boxes still on screen are the same elements: none was thrown away and drawn again.
  const redrawn = await page.evaluate(() => {
    const before = (window as unknown as { boxesBefore: HTMLElement[] }).boxesBefore;
    // A graph box may leave the screen as the view glides to the selection; the minimap draws all.
    const stillDrawn = (element: HTMLElement) =>
      element.classList.contains('svelte-flow__minimap-node') ||
      document.querySelector(`.svelte-flow__node[data-id="${element.dataset['id'] ?? ''}"]`) !== null;
    return before.filter((element) => !element.isConnected && stillDrawn(element)).length;
  });
  expect(redrawn).toBeLessThanOrEqual(2);
});
