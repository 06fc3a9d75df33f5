/**
 * CSV cells that a spreadsheet would evaluate as a formula (leading = + - @, or a tab / carriage
 * return that some importers strip before evaluating) are prefixed with a single quote so opening
 * an exported log never runs anything. See OWASP "CSV Injection".
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export type CsvValue = string | number | boolean | null | undefined;

/** Prefixes a cell that would start a formula with `'`; leaves every other value untouched. */
export function neutraliseCsvCell(value: string): string {
  const first = value.charAt(0);
  return FORMULA_TRIGGERS.has(first) ? `'${value}` : value;
}

/** One RFC 4180 cell: neutralised, then quoted when it holds a comma, quote or line break. */
export function formatCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseCsvCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record terminated by CRLF, as RFC 4180 asks. */
export function formatCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(formatCsvCell).join(',')}\r\n`;
}
