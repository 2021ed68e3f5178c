import { lazily } from '@/domain/lazily';
import { periodLabel } from '@/domain/period-label';
import { isShareUnit, isWholeCountUnit, type Unit } from '@/domain/units';
import { strings } from './strings';

/** What a plain count counts, as the indicator names it. */
export type Noun = { readonly singular: string; readonly plural: string };

/** Numbers as Danish readers expect them: "2.503", "5,5 %", "2.058.120 kr.". */

const integer = lazily(() => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }));
const decimal = lazily(() => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }));
// Shares are published with one decimal; "3,0 %" beside "2,9 %" reads as the same precision.
const share = lazily(() => new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const dateTime = lazily(
  () =>
    new Intl.DateTimeFormat('da-DK', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    }),
);
const date = lazily(() => new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }));
const shortDate = lazily(
  () =>
    new Intl.DateTimeFormat('da-DK', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/**
 * The first Intl formatter a page makes is slow: Chromium loads its Danish locale data then (measured
 * 120–220 ms at 4× CPU throttling, a phone's speed), and a page's hydration stalled on it. A worker makes
 * its own Danish formatters first (./intl-warmup.worker.ts): the data it loads is kept for the whole
 * process, so the page's first formatters then cost well under a millisecond each (measured: 37 → 0.3 ms
 * for the first number formatter). The page's own formatters are made after that, a task for each. Where
 * no worker can start (tests in jsdom, a browser without workers), they are made in those tasks directly.
 */
export function warmFormatters(): void {
  const own = () => {
    setTimeout(() => decimal().format(0), 0);
    setTimeout(() => periodLabel({ kind: 'month', year: 2000, month: 1 }), 0);
  };
  if (typeof Worker === 'undefined') return own();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url));
  } catch {
    return own();
  }
  // Done either way: the worker is not kept (a wall screen runs for weeks).
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    worker.terminate();
    own();
  };
  worker.addEventListener('message', done, { once: true });
  worker.addEventListener('error', done, { once: true });
}

export function formatNumber(value: number, unit?: Unit): string {
  if (unit && isShareUnit(unit)) return share().format(value);
  return unit && isWholeCountUnit(unit) && Number.isInteger(value) ? integer().format(value) : decimal().format(value);
}

/**
 * A value with its unit: "34 personer", "5,5 %", "3,0 %", "0,5 procentpoint".
 * `stated` is for a number as a plan states it (a goal of "42 %"), which
 * keeps its own precision instead of the one decimal measured shares get.
 */
export function formatValue(
  value: number,
  unit: Unit,
  { stated = false, noun }: { stated?: boolean; noun?: Noun | undefined } = {},
): string {
  const number = stated ? decimal().format(value) : formatNumber(value, unit);
  // A plain count says what it counts: "50 samarbejder", not "50".
  const suffix = unit === 'antal' && noun ? (value === 1 ? noun.singular : noun.plural) : strings.units[unit](value);
  if (!suffix) return number;
  // Danish typography puts a (non-breaking) space before %.
  return `${number}\u00a0${suffix}`;
}

/** A relative change ("+3,4 %"), with one decimal like the shares it often sits beside. */
export function formatPercent(value: number): string {
  return `${share().format(value)}\u00a0%`;
}

export function formatDateTime(iso: string): string {
  return dateTime().format(new Date(iso));
}

/** An ISO calendar date ("2020-01-01") as "1. januar 2020". */
export function formatIsoDate(isoDate: string): string {
  return date().format(new Date(`${isoDate}T00:00:00Z`));
}

/** An ISO calendar date as "22.8.2026": compact, for source lines. */
export function formatShortDate(isoDate: string): string {
  return shortDate().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const monthShort = lazily(() => new Intl.DateTimeFormat('da-DK', { month: 'short', timeZone: 'UTC' }));

/** A time axis tick in Danish: the year at January, else the month ("2024", "apr.", "jul."). ECharts has no Danish locale. */
const clock = lazily(
  () => new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }),
);

/** "14:05" in Danish time, whatever the machine's own time zone. */
export function formatClockTime(ms: number): string {
  return clock().format(new Date(ms)).replace('.', ':');
}

export function formatAxisMonth(ms: number): string {
  const date = new Date(ms);
  return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : monthShort().format(date);
}
