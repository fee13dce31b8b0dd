/**
 * CSV that opens correctly in Excel with a Russian locale: UTF-8 with a byte-order mark (without it
 * Excel reads the file as Windows-1251 and garbles Cyrillic), semicolons between fields (the list
 * separator of the ru-RU locale, where the comma is the decimal mark), CRLF line ends, every text
 * field in double quotes with inner quotes doubled, numbers unquoted with the locale's decimal mark.
 * Pure; the page turns the string into a Blob.
 */

export type CsvCell = string | number | null | undefined;
export type CsvLocale = 'ru' | 'en';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

/** A number as the locale writes it: no grouping, `,` as the decimal mark in Russian. */
export function formatNumber(value: number, locale: CsvLocale): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  const text = String(rounded);
  return locale === 'ru' ? text.replace('.', ',') : text;
}

/**
 * Text is always quoted, so separators, quotes and line breaks inside it survive. A leading
 * = + - @ (or tab/CR) would make Excel run the cell as a formula; a quote mark in front defuses it.
 */
export function formatText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function formatCell(cell: CsvCell, locale: CsvLocale): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? formatNumber(cell, locale) : formatText(cell);
}

export function toCsv(rows: readonly (readonly CsvCell[])[], locale: CsvLocale): string {
  return (
    BOM +
    rows.map((row) => row.map((cell) => formatCell(cell, locale)).join(SEPARATOR)).join(LINE_END) +
    LINE_END
  );
}
