import { formatDateTime } from '@/lib/format';
import { strings } from '@/lib/strings';
import { freshness } from '../freshness';
import { useFailingSince, useNow } from '../refresh';

/** "Data fra 25. november 2026 · Opdateret kl. 14:05", and a banner while refreshes fail. */
export function FreshnessBar({
  generated,
  fetchedAt,
  refreshMs,
}: {
  generated: string | undefined;
  fetchedAt: number;
  refreshMs: number;
}) {
  const failing = useFailingSince();
  const now = useNow(Math.min(30_000, refreshMs));
  const { stamp, banner } = freshness({ fetchedAt, failingSince: failing, now, refreshMs });
  return (
    <>
      <p className="kiosk-stamp">
        {generated && <span>{strings.kiosk.freshness.dataDate(formatDateTime(generated))}</span>}
        {stamp && <span className="kiosk-stamp-time">{stamp}</span>}
      </p>
      {/* Always in the DOM, so screen readers hear it when it fills. */}
      <div className="kiosk-banner-slot" role="status" aria-live="polite">
        {banner && <p className="kiosk-banner">{banner}</p>}
      </div>
    </>
  );
}
