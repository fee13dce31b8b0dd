import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './helpers';
import { seedCustomScenario, startScenario, stepHeading } from './player-helpers';

test('every step kind is accessible, and its inputs work by keyboard', async ({ page }) => {
  // Ten axe runs on a shared two-core machine.
  test.setTimeout(240_000);
  await seedCustomScenario(page);
  await startScenario(page, 'custom:every-kind', { time: 'В 10 раз больше' });
  const next = async () => {
    await expect(stepHeading(page)).toHaveText('Разбор ответа');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Дальше' }).click();
  };

  // narration with a document
  await expect(stepHeading(page)).toHaveText('Шаг 1. Прочитайте');
  await expect(page.getByRole('heading', { name: 'Письмо клиента' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Продолжить' }).click();

  // dialogue, as a chat
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await expect(page.getByRole('heading', { name: 'Чат с клиентом' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Добрый день! Сейчас проверю/ })).toHaveAttribute(
    'aria-keyshortcuts',
    '1',
  );
  await expectNoA11yViolations(page);
  await page.keyboard.press('1');
  await next();

  // timed, with ten times the time
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ответьте, пока не вышло время');
  // Ten times 20 s, counted from when the step was shown (after the debrief was closed).
  await expect(page.getByRole('timer')).toHaveText(/^(3:20|3:1\d)$/);
  await expect(page.getByText('Время увеличено в 10 раз(а)')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('1');
  await next();

  // recall
  await expect(stepHeading(page)).toHaveText('Шаг 4. Вопрос на память');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: '42' }).click();
  await next();

  // inspect: checkboxes
  await expect(stepHeading(page)).toHaveText('Шаг 5. Проверьте внимательно');
  await expect(page.getByRole('group', { name: 'Отметьте пункты договора с ошибками' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Срок поставки — 31 февраля' }).press('Space');
  await page.getByRole('checkbox', { name: 'Сумма — 3 000 000 ₽' }).check();
  await expect(page.getByText('Отмечено пунктов: 2')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.getByText('Такой даты нет.')).toBeVisible();
  await next();

  // data: a real table with formatted numbers
  await expect(stepHeading(page)).toHaveText('Шаг 6. Разберитесь в данных');
  const table = page.getByRole('table', { name: 'Заказы клиентов за квартал' });
  await expect(table.getByRole('columnheader', { name: 'Выручка' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Василёк' })).toBeVisible();
  await expect(table.getByRole('cell', { name: /1\s250\s000\s₽/ })).toBeVisible();
  await expect(table.getByRole('cell', { name: /18,5\s%/ })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('1');
  await next();

  // ranking: reorder by keyboard, announced
  await expect(stepHeading(page)).toHaveText('Шаг 7. Расставьте ответы по действенности');
  const up = page.getByRole('button', { name: 'Поднять «Промолчать» выше' });
  await up.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: '«Промолчать» — теперь на месте 2 из 3.' }),
  ).toBeAttached();
  await expect(up).toBeFocused();
  await page.getByRole('button', { name: 'Опустить «Промолчать» ниже' }).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: '«Промолчать» — теперь на месте 3 из 3.' }),
  ).toBeAttached();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.getByText('Порядок, который предлагает эксперт:')).toBeVisible();
  await next();

  // written: digits typed in the answer are text, not shortcuts; a counter and a limit
  await expect(stepHeading(page)).toHaveText('Шаг 8. Напишите ответ');
  const answer = page.getByRole('textbox', { name: 'Напишите клиентке короткое письмо с извинением' });
  await expect(answer).toHaveAttribute('maxlength', '300');
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.getByText('Напишите ответ, прежде чем отправить.')).toBeVisible();
  await answer.fill('Анна Петровна, приносим извинения за задержку');
  await answer.press('1');
  await expect(stepHeading(page)).toHaveText('Шаг 8. Напишите ответ');
  await expect(answer).toHaveValue(/задержку1$/);
  await expect(page.getByText('46 из 300 знаков')).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Ответить' }).click();
  await expect(page.getByText('Письменный ответ оценит консультант')).toBeVisible();
  await next();

  // ending
  await expect(stepHeading(page)).toHaveText('Сценарий завершён');
  await expect(page.getByText('Клиент сохранён').first()).toBeVisible();
  await expect(page.getByText('Письменных ответов ждут оценки консультанта: 1.')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('an e-mail scenario reads as a mail thread with subject, salutation and signature', async ({ page }) => {
  const { everyKindScenario } = await import('./fixtures/every-kind');
  await seedCustomScenario(page, everyKindScenario('email'), 'mail-kind');
  await startScenario(page, 'custom:mail-kind', { mode: 'assessment', name: 'Вера' });
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(stepHeading(page)).toHaveText('Шаг 2. Ваш ответ');
  await page.keyboard.press('1');
  await expect(stepHeading(page)).toHaveText('Шаг 3. Ответьте, пока не вышло время');
  await expect(page.getByRole('heading', { name: 'Переписка' })).toBeVisible();
  await expect(page.getByText('Re: Все виды шагов').first()).toBeVisible();
  await expect(page.getByText('Уважаемая Анна Петровна!')).toBeVisible();
  await expect(page.getByRole('main').getByText('менеджер по работе с клиентами')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the catalog filters by competency and channel and says how many are shown', async ({ page }) => {
  await seedCustomScenario(page);
  await page.goto('/#/scenarios');
  const count = page.getByRole('status');
  await expect(count).toHaveText(/^Показано сценариев: (\d+) из \1$/);
  const total = Number((await count.textContent())?.match(/из (\d+)/)?.[1]);
  await expect(
    page.getByRole('article', { name: 'Все виды шагов' }).getByText('Сценарий тренера'),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('combobox', { name: 'Канал общения' }).selectOption({ label: 'Чат' });
  await expect(count).toHaveText(new RegExp(`^Показано сценариев: \\d+ из ${total}$`));
  await expect(page.getByRole('article', { name: 'Все виды шагов' })).toBeVisible();
  for (const channel of await page.getByRole('article').getByText('Телефонный звонок').all())
    await expect(channel).toBeHidden();

  await page.getByRole('combobox', { name: 'Что проверяет' }).selectOption({ label: 'стрессоустойчивость' });
  await expect(page.getByRole('article', { name: 'Все виды шагов' })).toBeVisible();
  await page.getByRole('button', { name: 'Сбросить отбор' }).click();
  await expect(count).toHaveText(`Показано сценариев: ${total} из ${total}`);

  await page.getByRole('link', { name: 'Все виды шагов' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Все виды шагов' })).toBeVisible();
  // No trainee yet: the page asks for a name inline before offering the modes.
  await expect(page.getByRole('heading', { name: 'Как к вам обращаться?' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('textbox', { name: 'Ваше имя' }).fill('Вера');
  await page.getByRole('button', { name: 'Сохранить имя' }).click();
  await expect(page.getByText('Вы проходите как Вера.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Практика' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Обычное' })).toBeChecked();
  await expectNoA11yViolations(page);
});
