import { expect, test, type Page } from '@playwright/test';
import {
  COMPETENCY_GROUP_TITLES,
  competenciesInGroup,
  COMPETENCY_GROUPS,
  type CompetencyGroup,
} from '../../src/domain/profile';
import type { Language } from '../../src/domain/text';
import { expectNoA11yViolations, openApp, switchLanguage } from './helpers';

/** Each of the three lists holds its group's competencies, by name, in the seed's order. */
async function expectAllCompetencies(page: Page, language: Language): Promise<void> {
  let total = 0;
  for (const group of COMPETENCY_GROUPS) {
    const list = page.getByRole('list', { name: COMPETENCY_GROUP_TITLES[group][language], exact: true });
    const expected = competenciesInGroup(group).map((c) => c.name[language]);
    // Closed <details> hide their inner lists, so only the competency items themselves are visible.
    await expect(list.getByRole('listitem')).toHaveCount(expected.length);
    // innerText, because closed <details> keep their hidden text in textContent.
    await expect(list.getByRole('listitem')).toHaveText(expected, { useInnerText: true });
    total += expected.length;
  }
  expect(total).toBe(24);
}

/** Clicks a competency's disclosure: opens it when closed, closes it when open. */
async function toggleCompetency(page: Page, group: CompetencyGroup, index: number, language: Language) {
  const competency = competenciesInGroup(group)[index];
  if (!competency) throw new Error(`No competency ${index} in ${group}`);
  const item = page
    .getByRole('list', { name: COMPETENCY_GROUP_TITLES[group][language], exact: true })
    .getByRole('listitem')
    .filter({ hasText: competency.name[language] });
  await item.getByText(competency.name[language], { exact: true }).click();
  return { item, competency };
}

test('the profession page opens from the home page and lists all 24 competencies in Russian and English', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Узнать о профессии' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Менеджер по работе с клиентами' })).toBeVisible();

  for (const name of [
    'Общая характеристика профессии',
    'Обязанности',
    'Профессиональные знания, умения и качества',
    'Близкие профессии (специальности)',
    'Обучение',
    'Медицинские противопоказания',
    'Источник',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expectAllCompetencies(page, 'ru');
  await expect(page.getByText('Только для сведения.')).toBeVisible();
  await expect(page.locator('time[datetime="2015-04-03"]')).toHaveText('03.04.2015');

  const { item, competency } = await toggleCompetency(page, 'skill', 4, 'ru');
  await expect(item.getByText(`Требуемый уровень: ${competency.requirement.level} из 100`)).toBeVisible();
  await expect(item.getByText(competency.indicators[0]?.strong.ru ?? '')).toBeVisible();
  await expectNoA11yViolations(page);

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Client relationship manager' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Medical contraindications' })).toBeVisible();
  await expect(page.locator('time[datetime="2015-04-03"]')).toHaveText('3 April 2015');
  // The open disclosure is part of the page too, so check its inner list only once it is closed again.
  await toggleCompetency(page, 'skill', 4, 'en');
  await expectAllCompetencies(page, 'en');
  await expectNoA11yViolations(page);
});

test('the contraindications are information only: the page has no form and no field', async ({ page }) => {
  await openApp(page, '/profession');
  await expect(page.getByRole('heading', { level: 2, name: 'Медицинские противопоказания' })).toBeVisible();
  await expect(page.getByRole('main').locator('form, input, select, textarea')).toHaveCount(0);
});
