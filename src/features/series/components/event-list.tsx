import { formatIsoDate } from '@/lib/format';
import { strings } from '@/lib/strings';
import type { EventMark } from '../events';

const e = strings.series.events;

/** The reforms and shocks marked in the chart, in full words. */
export function EventList({ events }: { events: readonly EventMark[] }) {
  return (
    <section className="series-section" aria-labelledby="series-events">
      <h2 id="series-events">{e.heading}</h2>
      {events.length === 0 ? (
        <p className="muted">{e.none}</p>
      ) : (
        <ul className="series-events">
          {events.map((ev) => (
            <li key={ev.id}>
              <time dateTime={ev.date}>{formatIsoDate(ev.date)}</time> – {e.kinds[ev.kind]}: {ev.label}{' '}
              <span className="source-line">({ev.source})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
