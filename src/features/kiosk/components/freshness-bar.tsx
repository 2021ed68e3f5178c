import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { freshness } from '../freshness';
import { useNow, useSlideFreshness } from '../refresh';

/**
 * The screen's one freshness line: when the data on this slide was fetched
 * ("Opdateret kl. 14:05", or its age once it is old), and a banner while its
 * refreshes fail. The figures' own dates are on the slide itself.
 */
export function FreshnessBar({ refreshMs }: { refreshMs: number }) {
  const { fetchedAt, failingSince } = useSlideFreshness();
  const now = useNow(Math.min(30_000, refreshMs));
  const { stamp, banner } = freshness({ fetchedAt, failingSince, now, refreshMs });
  return (
    <>
      <p className="kiosk-stamp">{stamp ?? kioskStrings.loading}</p>
      {/* Always in the DOM, so screen readers hear it when it fills. */}
      <div className="kiosk-banner-slot" role="status" aria-live="polite">
        {banner && <p className="kiosk-banner">{banner}</p>}
      </div>
    </>
  );
}
