import type { Plan, Series } from '@/contract';
import { strings } from '@/lib/strings';
import { dataDates } from '../data-dates';

const s = strings.series.dataDates;

/** How current each shown series is, in words, under the chart or table. */
export function DataDatesList({
  series,
  plans,
  areaName,
}: {
  series: readonly Series[];
  plans: readonly Plan[];
  areaName: (code: string) => string;
}) {
  const dates = dataDates(series, plans);
  if (dates.length === 0) return null;
  return (
    <section className="data-dates" aria-labelledby="data-dates-heading">
      <h2 id="data-dates-heading">{s.heading}</h2>
      <ul>
        {dates.map((d) => (
          <li key={d.area}>
            {s.latest(areaName(d.area), d.latest)} {s.sourcesLabel}: {d.sources.join('; ')}.
          </li>
        ))}
      </ul>
    </section>
  );
}
