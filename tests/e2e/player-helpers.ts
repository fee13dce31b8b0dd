import { expect, type Page } from '@playwright/test';
import { everyKindScenario } from './fixtures/every-kind';

/** Puts a published custom scenario into the app's IndexedDB, as the studio will. */
export async function seedCustomScenario(
  page: Page,
  document: unknown = everyKindScenario(),
  id = 'every-kind',
): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('main')).toBeVisible();
  await page.evaluate(
    async ({ document, id }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('profproba');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          // The studio keeps each publication in scenarioVersions; the catalog plays the newest one.
          const tx = db.transaction(['customScenarios', 'scenarioVersions'], 'readwrite');
          tx.objectStore('customScenarios').put({
            id,
            status: 'published',
            document,
            createdAt: 1,
            updatedAt: 1,
          });
          tx.objectStore('scenarioVersions').put({
            key: `${id}@1`,
            scenarioId: id,
            version: 1,
            document,
            savedAt: 1,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      });
    },
    { document, id },
  );
}

export interface StartOptions {
  mode?: 'practice' | 'assessment';
  name?: string;
  time?: 'Обычное' | 'В 2 раза больше' | 'В 10 раз больше' | 'Без ограничения';
}

/** Opens a scenario's page, names the trainee if asked, picks the mode and starts; returns the attempt URL. */
export async function startScenario(page: Page, key: string, options: StartOptions = {}): Promise<string> {
  await page.goto(`/#/scenarios/${encodeURIComponent(key)}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Сценарии');
  const name = page.getByRole('textbox', { name: 'Ваше имя' });
  const practice = page.getByRole('radio', { name: 'Практика' });
  await expect(name.or(practice)).toBeVisible();
  if (await name.isVisible()) {
    await name.fill(options.name ?? 'Вера');
    await name.press('Enter');
  }
  await page.getByRole('radio', { name: options.mode === 'assessment' ? 'Оценка' : 'Практика' }).check();
  if (options.time) await page.getByRole('radio', { name: options.time }).check();
  await page.getByRole('button', { name: 'Начать', exact: true }).click();
  await expect(page).toHaveURL(/#\/play\//);
  await expect(stepHeading(page)).toBeVisible();
  return page.url();
}

export function stepHeading(page: Page) {
  // The persona's name and the conversation come first; the step's own heading is the last h2.
  return page.getByRole('main').getByRole('heading', { level: 2 }).last();
}

export function timer(page: Page) {
  return page.getByRole('timer');
}
