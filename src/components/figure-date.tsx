import type { SourcedValue } from '@/domain/pick-value';
import { figureDate } from '@/lib/figure-date';
import { strings } from '@/lib/strings';

/** "Nyeste tal: jul. 2026 (foreløbig)", or "Seneste opfølgning i planen: dec. 2014": the figure's own date. */
export function FigureDate({
  point,
  now,
  className = 'figure-date',
}: {
  point: SourcedValue | undefined;
  now: Date;
  className?: string;
}) {
  const date = figureDate(point, now);
  if (!date) return null;
  return (
    <p className={className}>
      {date.text}
      {date.provisional && <span className="tag"> ({strings.sources.provisional})</span>}
      {date.overdue && (
        <>
          {' '}
          <span className="tag stale">{strings.sources.stale}</span>
        </>
      )}
    </p>
  );
}
