/**
 * The one CSV writer: for Danish Excel (semicolons, decimal comma, no
 * thousands separator, a byte-order mark so æøå survive, CRLF line ends),
 * and safe to open: a cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, so hostile text stays text. Numbers are written by csvNumber,
 * never passed as text, so a negative figure stays a number.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;

export type CsvCell = string | number | undefined;

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as a spreadsheet reads it: "2503", "5,5", "-0,3" (rounded to `decimals`). */
export function csvNumber(value: number, decimals = 4): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? csvNumber(value) : textCell(value);
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers.map(textCell).join(';'), ...rows.map((r) => r.map(cell).join(';'))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
