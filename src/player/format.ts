/** Pure formatting helpers of the player: numbers in tables, names, clocks. */
import type { Cell, Column } from '../domain/scenario/schema';
import { pick, type Language } from '../domain/text';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, format: Column['format']): Intl.NumberFormat {
  const key = `${lang}:${format ?? 'text'}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.NumberFormatOptions =
      format === 'integer'
        ? { maximumFractionDigits: 0 }
        : format === 'money'
          ? // ₽ in Russian; the code RUB in English, where the rouble sign is unfamiliar.
            {
              style: 'currency',
              currency: 'RUB',
              currencyDisplay: lang === 'ru' ? 'narrowSymbol' : 'code',
              maximumFractionDigits: 2,
              minimumFractionDigits: 0,
            }
          : format === 'percent'
            ? { style: 'percent', maximumFractionDigits: 2 }
            : { maximumFractionDigits: 2 };
    found = new Intl.NumberFormat(LOCALES[lang], options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A table cell as text. Numbers follow the column's format; `percent` cells hold percentage
 * points (12.5 means 12.5 %), the way scenario authors write them.
 */
export function formatCell(cell: Cell | undefined, column: Pick<Column, 'format'>, lang: Language): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') {
    if (column.format === 'text') return String(cell);
    return formatter(lang, column.format).format(column.format === 'percent' ? cell / 100 : cell);
  }
  return pick(cell, lang);
}

/** Initials for the avatar badge: first letters of the first and the last word of the name. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** Seconds left as m:ss. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export type Salutation = 'female' | 'male' | 'neutral';

/**
 * Whether a Russian full name reads as a woman's or a man's, from the patronymic (-овна/-евна/
 * -ична, -ович/-евич/-ич); used only to choose «Уважаемая» or «Уважаемый» in a letter.
 */
export function salutationOf(russianName: string): Salutation {
  const words = russianName.toLocaleLowerCase('ru').split(/\s+/);
  if (words.some((w) => /(овна|евна|ична|инична)$/.test(w))) return 'female';
  if (words.some((w) => /(ович|евич|ьич|ич)$/.test(w) && w.length > 4)) return 'male';
  return 'neutral';
}

/** The name as addressed in a letter: «Ирина Сергеевна» from «Ирина Сергеевна Волкова». */
export function addressName(name: string, lang: Language): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (lang === 'ru' && words.length === 3) return `${words[0]} ${words[1]}`;
  return name;
}
