import i18next, { type i18n, type BackendModule, type ReadCallback } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from '../domain/text';

/**
 * One i18next instance for the whole app. The `common` namespace is bundled with the first load;
 * every other namespace is a separate chunk fetched when a page that needs it opens, so a trainee
 * never downloads the studio's or the counsellor's strings.
 */
const eager = import.meta.glob<Record<string, unknown>>('./locales/*/common.json', {
  eager: true,
  import: 'default',
});
const lazy = import.meta.glob<Record<string, unknown>>(['./locales/*/*.json', '!./locales/*/common.json'], {
  import: 'default',
});

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const path = `./locales/${language}/${namespace}.json`;
    const bundled = eager[path];
    if (bundled) {
      callback(null, bundled);
      return;
    }
    const load = lazy[path];
    if (!load) {
      callback(new Error(`No strings for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function createI18n(language: Language = DEFAULT_LANGUAGE): Promise<i18n> {
  const instance = i18next.createInstance();
  return instance
    .use(backend)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: ['ru', 'en'],
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      interpolation: { escapeValue: true },
      returnNull: false,
    })
    .then(() => instance.loadLanguages(['ru', 'en']))
    .then(() => instance);
}
