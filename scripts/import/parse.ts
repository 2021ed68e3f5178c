import { parse } from 'csv-parse/sync';
import { parsePeriod, periodCode, type SimplePeriod } from '@/domain/period';
import { parseDanishPeriod } from '@/domain/period-label';

/**
 * The sources' own notation → the contract's: period codes (2024M01,
 * 2023QMAT02, 2023K3, «januar 2024») and numbers («1.234,5», «..»). Strict:
 * anything that could be read two ways is refused, never guessed.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function quarterBack(year: number, quarter: number, steps: number): SimplePeriod {
  const index = year * 4 + (quarter - 1) - steps;
  return { kind: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

function monthBack(year: number, month: number, steps: number): SimplePeriod {
  const index = year * 12 + (month - 1) - steps;
  return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A source period as a contract period code, e.g. 2023QMAT02 → "2022Q3/2023Q2". */
export function toPeriodCode(raw: string): Parsed<string> {
  const s = raw.trim().replace(/^"|"$/g, '');
  if (/^l\(|^latest:/i.test(s)) {
    return { ok: false, reason: `«${s}» er en forespørgsel (seneste perioder), ikke en periode` };
  }
  let m = /^(\d{4})M(\d{2})$/i.exec(s);
  if (m) return code({ kind: 'month', year: Number(m[1]), month: Number(m[2]) }, s);
  m = /^(\d{4})[QK]([1-4])$/i.exec(s);
  if (m) return code({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) }, s);
  // Moving annual total: the four quarters (or twelve months) ending in the one named.
  m = /^(\d{4})QMAT0?([1-4])$/i.exec(s);
  if (m) {
    const end = { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) } as const;
    return range(quarterBack(end.year, end.quarter, 3), end, s);
  }
  m = /^(\d{4})MMAT(\d{2})$/i.exec(s);
  if (m) {
    const end = { kind: 'month', year: Number(m[1]), month: Number(m[2]) } as const;
    return range(monthBack(end.year, end.month, 11), end, s);
  }
  const danish = parseDanishPeriod(s);
  if (danish.ok) return { ok: true, value: periodCode(danish.value) };
  return { ok: false, reason: `ukendt periode «${s}»` };
}

function code(p: SimplePeriod, raw: string): Parsed<string> {
  const wire = periodCode(p);
  // parsePeriod checks the month and the year's range (1990–2100).
  return parsePeriod(wire).ok ? { ok: true, value: wire } : { ok: false, reason: `ugyldig periode «${raw}»` };
}

function range(start: SimplePeriod, end: SimplePeriod, raw: string): Parsed<string> {
  const a = code(start, raw);
  const b = code(end, raw);
  return a.ok && b.ok
    ? { ok: true, value: `${a.value}/${b.value}` }
    : { ok: false, reason: `ugyldig periode «${raw}»` };
}

const SUPPRESSED = new Set(['..', '.', '-', '–', '']);
/** More digits than a double holds exactly: such a "number" is a broken cell, not a figure. */
const MAX_DIGITS = 15;

export type NumberFormat = { readonly decimal: ',' | '.' };
export const DANISH: NumberFormat = { decimal: ',' };

/**
 * A figure as the source writes it; null when suppressed («..», «-»): missing,
 * never zero. With a decimal comma, «.» may only group thousands (1.234,5);
 * with a decimal point, no other separator is allowed. «1,234.5» is refused.
 */
export function toNumber(raw: unknown, format: NumberFormat = DANISH): Parsed<number | null> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : bad(raw);
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw !== 'string') return bad(raw);
  const s = raw
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/[\s\u00a0]/g, '');
  if (SUPPRESSED.has(s)) return { ok: true, value: null };
  const sign = /^[-−]/.test(s) ? -1 : 1;
  const body = s.replace(/^[-−+]/, '');
  let plain: string | undefined;
  if (format.decimal === ',') {
    if (/^\d+(,\d+)?$/.test(body)) plain = body.replace(',', '.');
    else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+(\.\d+)?$/.test(body)) plain = body;
  if (plain === undefined) {
    const mixed = body.includes('.') && body.includes(',');
    return {
      ok: false,
      reason: mixed ? `værdien «${raw}» blander punktum og komma` : `værdien «${raw}» er ikke et tal`,
    };
  }
  if (plain.replace('.', '').length > MAX_DIGITS)
    return { ok: false, reason: `værdien har for mange cifre til at være et tal` };
  return { ok: true, value: sign * Number(plain) };
}

function bad(raw: unknown): Parsed<never> {
  return { ok: false, reason: `værdien «${String(raw).slice(0, 40)}» er ikke et tal` };
}

export type CsvRow = {
  readonly cells: string[];
  /** The line in the file the row starts on, from 1. */ readonly line: number;
};

/** Separated values with "quoted" cells that may hold the separator or a line break; each row with its line. */
export function parseDelimitedRows(text: string, delimiter: string): CsvRow[] {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // info.lines is the line a record ends on; a record spans as many lines as its cells' line breaks add.
  return records.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
  }));
}

export function parseDelimited(text: string, delimiter: string): string[][] {
  return parseDelimitedRows(text, delimiter).map((r) => r.cells);
}
