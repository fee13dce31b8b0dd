import type { i18n, TOptions } from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/text';
import { createI18n } from './setup';

/**
 * Reactive access to i18next for components: reading `t()` or `lang.current` inside a template
 * subscribes to language changes, so the whole UI re-renders when the user switches language.
 */
let instance: i18n | undefined;
let revision = $state(0);
let current = $state<Language>(DEFAULT_LANGUAGE);

export const lang = {
  get current(): Language {
    return current;
  },
};

export async function initI18n(language: Language): Promise<void> {
  instance = await createI18n(language);
  current = language;
  applyDocumentLanguage(language);
  revision++;
}

export function t(key: string, options?: TOptions): string {
  void revision;
  if (!instance) return key;
  return instance.t(key, options ?? {});
}

export async function setLanguage(language: Language): Promise<void> {
  if (!instance) throw new Error('i18n is not initialised');
  await instance.changeLanguage(language);
  current = language;
  applyDocumentLanguage(language);
  revision++;
}

/** Loads the string namespaces a page needs (in both languages, so switching never shows raw keys). */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  if (!instance || namespaces.length === 0) return;
  await instance.loadNamespaces([...namespaces]);
  revision++;
}

function applyDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
}

export function parseLanguage(value: unknown): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}
