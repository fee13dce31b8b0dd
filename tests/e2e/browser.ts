import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Playwright's own Chromium when it is installed, otherwise the system one. Returns undefined to let
 * Playwright use its own; stops the run with one line when there is no browser at all.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.PROFPROBA_CHROMIUM;
  if (fromEnv) return fromEnv;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  console.error(
    'No Chromium found: run `npx playwright install chromium` or, on Debian, `sudo apt-get install -y chromium`.',
  );
  process.exit(1);
}
