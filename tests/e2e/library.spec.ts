import { expect, test, type Page } from '@playwright/test';
import { createTrainee, expectNoA11yViolations, switchLanguage } from './helpers';
import { stepHeading, timer } from './player-helpers';

/** The interface words the loop needs, per language. */
const UI = {
  ru: {
    practice: 'Практика',
    start: 'Начать',
    ended: 'Сценарий завершён',
    submit: 'Ответить',
    go: /^(Продолжить|Дальше)$/,
    report: 'Открыть подробный отчёт',
  },
  en: {
    practice: 'Practice',
    start: 'Start',
    ended: 'Scenario finished',
    submit: 'Answer',
    go: /^(Continue|Next)$/,
    report: 'Open the full report',
  },
} as const;

/**
 * Plays whatever step is on screen as a person would, until the ending: the first option of a
 * choice (key 1), a tick on the first item of an inspect task, the given order of a ranking, a
 * short text for a written answer, Continue on documents and debriefs.
 */
async function playToEnd(page: Page, language: 'ru' | 'en'): Promise<string[]> {
  const ui = UI[language];
  const seen: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const heading = stepHeading(page);
    await expect(heading).toBeVisible();
    const text = (await heading.textContent()) ?? '';
    if (text.includes(ui.ended)) return seen;
    seen.push(text);
    const main = page.getByRole('main');
    const go = main.getByRole('button', { name: ui.go });
    const textarea = main.getByRole('textbox');
    const checkbox = main.getByRole('checkbox');
    if (await go.isVisible()) {
      await go.click();
    } else if (await textarea.isVisible()) {
      await textarea.fill(
        language === 'ru'
          ? 'Уважаемый клиент, благодарим за обращение.'
          : 'Dear client, thank you for writing.',
      );
      await main.getByRole('button', { name: ui.submit, exact: true }).click();
    } else if ((await checkbox.count()) > 0) {
      await checkbox.first().check();
      await main.getByRole('button', { name: ui.submit, exact: true }).click();
    } else if (await main.getByRole('button', { name: ui.submit, exact: true }).isVisible()) {
      await main.getByRole('button', { name: ui.submit, exact: true }).click();
    } else {
      // A timed step's answers wait until its clock start is saved.
      if (await timer(page).isVisible()) await expect(main.getByRole('button').first()).toBeEnabled();
      await page.keyboard.press('1');
    }
    await expect(stepHeading(page)).not.toHaveText(text);
  }
  throw new Error(`no ending after ${seen.length} steps: ${seen.join(' | ')}`);
}

async function start(page: Page, id: string, language: 'ru' | 'en'): Promise<void> {
  await page.goto(`/#/scenarios/${id}`);
  await page.getByRole('radio', { name: UI[language].practice }).check();
  await page.getByRole('button', { name: UI[language].start, exact: true }).click();
  await expect(page).toHaveURL(/#\/play\//);
}

test('two built-in scenarios are played to an ending, one in Russian and one in English', async ({
  page,
}) => {
  test.slow();
  await createTrainee(page, 'Вера');

  await start(page, 'faulty-kettle-refund', 'ru');
  const ruSteps = await playToEnd(page, 'ru');
  expect(ruSteps.length).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('link', { name: UI.ru.report })).toBeVisible();
  await expectNoA11yViolations(page);

  await switchLanguage(page, 'en');
  await start(page, 'supply-shortfall-claim', 'en');
  const enSteps = await playToEnd(page, 'en');
  expect(enSteps.length).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('link', { name: UI.en.report })).toBeVisible();
  // The scenario's own texts are in English too, not only the interface.
  await expect(page.getByRole('main')).not.toContainText('Уважаем');
  await expectNoA11yViolations(page);
});
