import { useMemo } from 'react';
import { calendarDateCode, calendarDateOf, startOfDay, type CalendarDate } from '@/domain/calendar-date';
import { sinceDate } from '@/domain/since';
import { urlParam, useSearchState } from './use-url-state';
import { usePageNow } from './page-now';

/** "Siden sidste møde" in the URL (?siden=2026-09-01); three months back when absent. */
export const SINCE_PARAM = 'siden';

export type SinceDate = {
  date: CalendarDate;
  /** The date as an instant: the start of the day, stable while the date is. */
  since: Date;
  invalid: boolean;
  setDate: (d: CalendarDate) => void;
};

/**
 * The meeting's moment when the address names none: the start of the day three months before `now`'s day,
 * as useSinceDate gives it. A prerendered page is hydrated only without a query, so with this date.
 */
export function defaultSince(now: Date): Date {
  return startOfDay(sinceDate(null, startOfDay(calendarDateOf(now))).date);
}

export function useSinceDate(): SinceDate {
  // Keyed on the day: the default is three months before today, whatever the hour.
  const today = calendarDateCode(calendarDateOf(usePageNow()));
  const param = useMemo(() => {
    const now = new Date(`${today}T00:00:00Z`);
    return urlParam<{ date: CalendarDate; invalid: boolean }>({
      name: SINCE_PARAM,
      parse: (value) => sinceDate(value, now),
      format: ({ date }) => {
        const code = calendarDateCode(date);
        return code === calendarDateCode(sinceDate(null, now).date) ? null : code;
      },
    });
  }, [today]);
  const [value, setValue] = useSearchState(param);
  const code = calendarDateCode(value.date);
  // Keyed on the date's code: a new object for the same day must not recompute what depends on it.
  const since = useMemo(() => new Date(`${code}T00:00:00Z`), [code]);
  return { ...value, since, setDate: (date) => setValue({ date, invalid: false }) };
}
