import type { ParseResult } from './period';

/**
 * A calendar day ("sidste møde: 1. september 2026"), not an instant: the
 * date a user picks, kept in the URL as ÅÅÅÅ-MM-DD. As an instant it means the
 * start of that day (UTC), the moment a meeting's figures were as they were.
 */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseCalendarDate(code: string): ParseResult<CalendarDate> {
  const m = ISO.exec(code);
  if (!m) return { ok: false, error: `«${code}» er ikke en dato på formen ÅÅÅÅ-MM-DD` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return { ok: false, error: `«${code}» er ikke en gyldig dato` };
  }
  return { ok: true, value: { year, month, day } };
}

export function calendarDateCode(d: CalendarDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function startOfDay(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function calendarDateOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** The same day `months` months away, moved back to the month's last day when it has fewer (31 → 30). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
