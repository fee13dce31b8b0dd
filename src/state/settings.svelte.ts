import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/text';

const LANGUAGE_KEY = 'profproba.language';

/**
 * The interface language is kept in localStorage rather than IndexedDB: it must be known before the
 * first paint, and it must survive even when IndexedDB is blocked.
 */
export function loadLanguagePreference(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguagePreference(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Blocked storage: the choice lasts for this tab only, and the storage banner already says so.
  }
}
