import type { Plan, Series } from '@/contract';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import { dataDates } from '../data-dates';

const s = seriesStrings.dataDates;
const src = strings.sources;

/** How current each shown series is, in words, under the chart or table. */
export function DataDatesList({
  series,
  plans,
  areaName,
  now,
}: {
  series: readonly Series[];
  plans: readonly Plan[];
  areaName: (code: string) => string;
  now: Date;
}) {
  const dates = dataDates(series, plans, now);
  if (dates.length === 0) return null;
  return (
    <section className="data-dates" aria-labelledby="data-dates-heading">
      <h2 id="data-dates-heading">{s.heading}</h2>
      <ul>
        {dates.map((d) => (
          <li key={d.area}>
            <strong>{areaName(d.area)}:</strong> {src.newest(d.latest)}
            {d.age?.provisional && ` (${src.provisional})`}
            {d.age?.overdue && (
              <>
                {' '}
                <span className="tag stale">{src.stale}</span>
              </>
            )}
            . {d.age?.overdue && `${src.staleNote(d.latest)} `}
            {s.sourcesLabel}: {d.sources.join('; ')}.
          </li>
        ))}
      </ul>
    </section>
  );
}
