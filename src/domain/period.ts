/**
 * Periods as the plans use them: a month (sep-21), a quarter (2.kv18), a year (2014)
 * or a window spanning several of those (2.kv18–1.kv19, jan–jul 2015).
 *
 * On the wire a period is a compact code: "2021-09", "2018Q2", "2014",
 * "2018Q2/2019Q1". Inside the app it is always a `Period` value.
 */

export type SimplePeriod =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'year'; readonly year: number };

export type RangePeriod = {
  readonly kind: 'range';
  readonly start: SimplePeriod;
  readonly end: SimplePeriod;
};

export type Period = SimplePeriod | RangePeriod;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const MONTH_CODE = /^(\d{4})-(\d{2})$/;
const QUARTER_CODE = /^(\d{4})Q(\d)$/;
const YEAR_CODE = /^(\d{4})$/;

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function parseSimpleCode(code: string): SimplePeriod | null {
  let m = MONTH_CODE.exec(code);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return yearOk(year) && month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  m = QUARTER_CODE.exec(code);
  if (m) {
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    return yearOk(year) && quarter >= 1 && quarter <= 4 ? { kind: 'quarter', year, quarter } : null;
  }
  m = YEAR_CODE.exec(code);
  if (m) {
    const year = Number(m[1]);
    return yearOk(year) ? { kind: 'year', year } : null;
  }
  return null;
}

/** Parses a contract period code ("2021-09", "2018Q2", "2014", "2018Q2/2019Q1"). */
export function parsePeriod(code: string): ParseResult<Period> {
  const invalid = {
    ok: false as const,
    error: `Ugyldig periode «${code}». Brug fx 2021-09 (måned), 2018Q2 (kvartal), 2014 (år) eller 2018Q2/2019Q1 (periode).`,
  };
  const parts = code.trim().split('/');
  if (parts.length === 1) {
    const p = parseSimpleCode(parts[0]!);
    return p ? { ok: true, value: p } : invalid;
  }
  if (parts.length !== 2) return invalid;
  const start = parseSimpleCode(parts[0]!);
  const end = parseSimpleCode(parts[1]!);
  if (!start || !end) return invalid;
  if (periodStart(start) > periodStart(end)) {
    return { ok: false, error: `Perioden «${code}» slutter før den begynder.` };
  }
  return { ok: true, value: { kind: 'range', start, end } };
}

function simpleCode(p: SimplePeriod): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}Q${p.quarter}`;
    case 'year':
      return String(p.year);
  }
}

/** The contract code of a period; `parsePeriod(periodCode(p))` gives `p` back. */
export function periodCode(p: Period): string {
  return p.kind === 'range' ? `${simpleCode(p.start)}/${simpleCode(p.end)}` : simpleCode(p);
}

function firstMonthIndex(p: SimplePeriod): number {
  switch (p.kind) {
    case 'month':
      return p.year * 12 + (p.month - 1);
    case 'quarter':
      return p.year * 12 + (p.quarter - 1) * 3;
    case 'year':
      return p.year * 12;
  }
}

function lastMonthIndex(p: SimplePeriod): number {
  switch (p.kind) {
    case 'month':
      return firstMonthIndex(p);
    case 'quarter':
      return firstMonthIndex(p) + 2;
    case 'year':
      return firstMonthIndex(p) + 11;
  }
}

/** Months since year 0: a cheap, exact ordering key. */
export function periodStartMonth(p: Period): number {
  return firstMonthIndex(p.kind === 'range' ? p.start : p);
}

export function periodEndMonth(p: Period): number {
  return lastMonthIndex(p.kind === 'range' ? p.end : p);
}

/** First instant of the period (UTC). */
export function periodStart(p: Period): Date {
  const m = periodStartMonth(p);
  return new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
}

/** First instant after the period (UTC): the end is exclusive. */
export function periodEnd(p: Period): Date {
  const m = periodEndMonth(p) + 1;
  return new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
}

/** Midpoint in ms, for placing a point on a time axis. */
export function periodMidpoint(p: Period): number {
  return (periodStart(p).getTime() + periodEnd(p).getTime()) / 2;
}

/** Orders by end, then by start, so a window ending in a quarter sorts with that quarter. */
export function comparePeriods(a: Period, b: Period): number {
  return periodEndMonth(a) - periodEndMonth(b) || periodStartMonth(a) - periodStartMonth(b);
}

export function samePeriod(a: Period, b: Period): boolean {
  // Field by field, not by code: the table compares thousands of cells, and a code is a new string each time.
  if (a.kind === 'range' || b.kind === 'range') {
    return a.kind === 'range' && b.kind === 'range' && sameSimple(a.start, b.start) && sameSimple(a.end, b.end);
  }
  return sameSimple(a, b);
}

function sameSimple(a: SimplePeriod, b: SimplePeriod): boolean {
  if (a.kind !== b.kind || a.year !== b.year) return false;
  if (a.kind === 'month') return b.kind === 'month' && a.month === b.month;
  if (a.kind === 'quarter') return b.kind === 'quarter' && a.quarter === b.quarter;
  return true;
}

export function monthOf(year: number, month: number): Period {
  return { kind: 'month', year, month };
}

function shiftSimple(p: SimplePeriod, months: number): SimplePeriod {
  switch (p.kind) {
    case 'month': {
      const m = firstMonthIndex(p) + months;
      return { kind: 'month', year: Math.floor(m / 12), month: (m % 12) + 1 };
    }
    case 'quarter': {
      const q = p.year * 4 + (p.quarter - 1) + Math.trunc(months / 3);
      return { kind: 'quarter', year: Math.floor(q / 4), quarter: (q % 4) + 1 };
    }
    case 'year':
      return { kind: 'year', year: p.year + Math.trunc(months / 12) };
  }
}

/**
 * The same kind of period moved by `months` (back when negative): a year
 * earlier is `shiftPeriod(p, -12)`. Quarters and years move by whole steps.
 */
export function shiftPeriod(p: Period, months: number): Period {
  return p.kind === 'range'
    ? { kind: 'range', start: shiftSimple(p.start, months), end: shiftSimple(p.end, months) }
    : shiftSimple(p, months);
}

/** The calendar month (UTC) an instant falls in. */
export function monthOfDate(date: Date): SimplePeriod {
  return { kind: 'month', year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}
