import { mount } from 'svelte';
import App from './App.svelte';
import { initI18n } from './i18n/index.svelte';
import { loadLanguagePreference } from './state/settings.svelte';
import { storageStatus } from './state/storage.svelte';
import { trainees } from './state/trainee.svelte';
import './app.css';

async function start(): Promise<void> {
  await initI18n(loadLanguagePreference());
  await storageStatus.open();
  await trainees.refresh().catch((error: unknown) => storageStatus.reportWriteFailure(error));
  const target = document.getElementById('app');
  if (!target) throw new Error('#app is missing from index.html');
  target.replaceChildren();
  mount(App, { target });
}

start().catch((error: unknown) => {
  // The shell itself failed; say so in both languages since i18n may be what failed.
  const target = document.getElementById('app');
  if (target) {
    target.textContent = `Не удалось запустить приложение / The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
  throw error;
});
