/** The two interface languages. Russian is the default. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

/** A text a user sees, given per language. Scenario texts may carry only the languages the scenario declares. */
export type Localized = { ru: string; en: string };
export type PartialLocalized = Partial<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return value === 'ru' || value === 'en';
}

/** Picks the text for a language, falling back to the other one rather than showing nothing. */
export function pick(text: PartialLocalized, lang: Language): string {
  return text[lang] ?? text[lang === 'ru' ? 'en' : 'ru'] ?? '';
}
