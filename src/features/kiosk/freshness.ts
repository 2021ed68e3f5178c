import { formatClockTime } from '@/lib/format';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';

/**
 * What the screen says about how current its figures are. Pure, so the
 * wording at every age can be tested without waiting hours.
 */

const f = kioskStrings.freshness;

export function ageText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return f.lessThanMinute;
  if (minutes < 60) return f.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return f.hours(hours);
  return f.days(Math.floor(hours / 24));
}

export type FreshnessInput = {
  /** When the last good data was fetched (react-query's dataUpdatedAt); 0 when never. */
  fetchedAt: number;
  /** Set while refreshes fail: the moment the last good data dates from. */
  failingSince: number | null;
  now: number;
  refreshMs: number;
};

export type Freshness = {
  /** "Opdateret kl. 14:05", or with its age when it is older than two refreshes. */
  stamp: string | null;
  /** The warning banner, or null while data is current. */
  banner: string | null;
};

export function freshness({ fetchedAt, failingSince, now, refreshMs }: FreshnessInput): Freshness {
  const stale = fetchedAt > 0 && now - fetchedAt > 2 * refreshMs;
  const stamp =
    fetchedAt === 0
      ? null
      : stale
        ? f.cachedAge(formatClockTime(fetchedAt), ageText(now - fetchedAt))
        : f.updated(formatClockTime(fetchedAt));
  if (failingSince === null) return { stamp, banner: null };
  return { stamp, banner: failingSince > 0 ? f.notUpdatedSince(formatClockTime(failingSince)) : f.neverLoaded };
}
