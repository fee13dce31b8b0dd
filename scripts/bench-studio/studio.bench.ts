/**
 * A generated 500-step scenario (tests/unit/fixtures/scenario/generate.ts: every step branches and
 * re-joins, timed steps, conditional routes) is put in IndexedDB as a draft and opened in the
 * studio. Times, measured inside the page with performance.now():
 * - load: from navigation start to the editor usable (title, step list, inspector) and to the
 *   graph laid out (dagre in a worker) and drawn;
 * - select: a click on a step in the list or in the graph until the inspector shows that step;
 * - edit: typing into a text until the validation panel shows the new verdict (debounce included);
 * - undo: Ctrl+Z until the text is back.
 * Each interaction is repeated 5 times; median and maximum are printed.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateScenario } from '../../tests/unit/fixtures/scenario/generate';

const STEPS = Number(process.env.STUDIO_BENCH_STEPS ?? 500);
const RECORD = 'bench-500';

async function seed(page: Page, document: unknown): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('main')).toBeVisible();
  await page.evaluate(
    async ({ document, id }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('profproba');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const tx = request.result.transaction(['customScenarios'], 'readwrite');
          tx.objectStore('customScenarios').put({
            id,
            status: 'draft',
            document,
            createdAt: 1,
            updatedAt: 1,
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      });
    },
    { document, id: RECORD },
  );
}

type Measure = (act: () => void, done: () => boolean) => Promise<number>;
declare global {
  interface Window {
    __measure: Measure;
  }
}

/** Installed in the page: runs `act`, resolves with the ms until `done` holds and the next frame is painted. */
function installMeasure(): void {
  window.__measure = (act, done) =>
    new Promise<number>((resolve, reject) => {
      const t0 = performance.now();
      const timeout = setTimeout(() => reject(new Error('timed out')), 30_000);
      const finish = () => {
        clearTimeout(timeout);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
      };
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          finish();
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      act();
      if (done()) {
        observer.disconnect();
        finish();
      }
    });
}

const stats = (xs: number[]): string => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms`;
};

test(`a ${STEPS}-step scenario in the studio`, async ({ page }) => {
  const scenario = generateScenario(STEPS);
  await page.addInitScript(installMeasure);
  await seed(page, scenario);

  await page.goto(`/#/studio/${RECORD}`);
  await expect(page.getByRole('listbox', { name: 'Шаги' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Свойства' })).toBeVisible();
  const editorReady = await page.evaluate(() => performance.now());
  await expect(page.locator('.svelte-flow__node').first()).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('[aria-busy="false"]').first()).toBeAttached({ timeout: 120_000 });
  const graphReady = await page.evaluate(() => performance.now());
  const drawn = await page.locator('.svelte-flow__node').count();
  const issues =
    (await page.getByRole('region', { name: 'Проверка сценария' }).getByRole('status').textContent()) ?? '';

  const selectList: number[] = [];
  const selectGraph: number[] = [];
  const edit: number[] = [];
  const undo: number[] = [];
  for (let k = 0; k < 5; k++) {
    const index = 100 + k * 70;
    // The graph centres on the step just selected; its successor is drawn next to it.
    const next = index + 1;
    selectList.push(
      await page.evaluate(
        (i) =>
          window.__measure(
            () => document.getElementById(`step-option-s${i}`)?.click(),
            () =>
              (document.getElementById(`f-steps_${i}_id__id`) as HTMLInputElement | null)?.value === `s${i}`,
          ),
        index,
      ),
    );
    // The graph glides to the selected step (200 ms); click its successor once it is drawn.
    await page.locator(`.svelte-flow__node[data-id="s${next}"]`).waitFor();
    selectGraph.push(
      await page.evaluate(
        (i) =>
          window.__measure(
            () => document.querySelector<HTMLElement>(`.svelte-flow__node[data-id="s${i}"]`)?.click(),
            () =>
              (document.getElementById(`f-steps_${i}_id__id`) as HTMLInputElement | null)?.value === `s${i}`,
          ),
        next,
      ),
    );
    edit.push(
      await page.evaluate((i) => {
        const status = () =>
          document.getElementById('validation-heading')?.nextElementSibling?.textContent ?? '';
        const before = status();
        return window.__measure(
          () => {
            const field = document.querySelector<HTMLTextAreaElement>(
              `[data-path="steps/${i}/lines/0/text/ru"]`,
            );
            if (!field) throw new Error('no field');
            field.value = '';
            field.dispatchEvent(new Event('input', { bubbles: true }));
          },
          () => status() !== before && !status().includes('Проверка'),
        );
      }, next),
    );
    undo.push(
      await page.evaluate(
        (i) =>
          window.__measure(
            () =>
              window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })),
            () =>
              document.querySelector<HTMLTextAreaElement>(`[data-path="steps/${i}/lines/0/text/ru"]`)
                ?.value !== '',
          ),
        next,
      ),
    );
  }

  console.log(`\nStudio benchmark: ${STEPS} steps, ${drawn} graph boxes drawn; validation: ${issues.trim()}`);
  console.log(
    `  load → editor usable (list, inspector, validation): ${editorReady.toFixed(0)} ms after navigation start`,
  );
  console.log(
    `  load → graph laid out and drawn:                  ${graphReady.toFixed(0)} ms after navigation start`,
  );
  console.log(`  select a step in the list → inspector shows it:  ${stats(selectList)}`);
  console.log(`  click a node in the graph → inspector shows it:  ${stats(selectGraph)}`);
  console.log(
    `  edit a text → validation panel updated:          ${stats(edit)} (includes the 250 ms debounce)`,
  );
  console.log(`  Ctrl+Z → text restored:                          ${stats(undo)}`);
});
