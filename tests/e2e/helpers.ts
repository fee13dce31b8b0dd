import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA checks over the whole page; any violation fails the test with a readable list. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Opens a route and waits until the app shell has rendered its main landmark. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`/#${path}`);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

/** Switches the interface language with the header's switch, as a person would. */
export async function switchLanguage(page: Page, language: 'ru' | 'en'): Promise<void> {
  await page.getByRole('button', { name: language === 'ru' ? 'Русский' : 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Creates a trainee profile through the trainees page and makes it active. */
export async function createTrainee(page: Page, name: string): Promise<void> {
  await page.goto('/#/trainees');
  const field = page.getByRole('textbox');
  await field.fill(name);
  await field.press('Enter');
  await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(name) })).toBeVisible();
}
