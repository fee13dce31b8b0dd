import { expect, test } from '@playwright/test';
import { createTrainee, expectNoA11yViolations, openApp, switchLanguage } from './helpers';

test('the home page explains the product in Russian by default', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Профпроба');
  await expect(page.getByText('Все данные остаются в этом браузере')).toBeVisible();
  await expectNoA11yViolations(page);
});

test('the language switch changes the interface and survives a reload', async ({ page }) => {
  await openApp(page);
  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'try the work of a client relationship manager',
  );
  await expectNoA11yViolations(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Profproba');
  await switchLanguage(page, 'ru');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('попробуйте себя');
});

test('a keyboard user reaches the content through the skip link', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Такой страницы нет.' })).toBeVisible();
  await page.getByRole('link', { name: 'На главную' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Профпроба');
});

test('trainee profiles are created, switched and deleted, and kept after a reload', async ({ page }) => {
  await createTrainee(page, 'Анна');
  await createTrainee(page, 'Борис');
  await expectNoA11yViolations(page);
  await page.reload();
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /Борис/ })).toBeVisible();
  await page.getByRole('button', { name: 'Выбрать «Анна»' }).click();
  await expect(header.getByRole('link', { name: /Анна/ })).toBeVisible();
  await page.getByRole('button', { name: 'Удалить «Борис»' }).click();
  await page.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(page.getByRole('status')).toHaveText('Участник «Борис» и все его попытки удалены.');
  await page.reload();
  await expect(page.getByText('Борис')).toHaveCount(0);
  await expect(header.getByRole('link', { name: /Анна/ })).toBeVisible();
});

test('with IndexedDB blocked the app still opens and says what will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('не сохранятся после закрытия вкладки');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Профпроба');
  await expectNoA11yViolations(page);
});
