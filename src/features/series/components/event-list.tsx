import { formatIsoDate } from '@/lib/format';
import { series as seriesStrings } from '@/lib/strings/series';
import { eventNumbers, type EventMark } from '../events';

const e = seriesStrings.events;

/** The reforms, shocks and breaks marked in the chart, in full words, with the number the chart shows. */
export function EventList({ events }: { events: readonly EventMark[] }) {
  const numbers = eventNumbers(events);
  return (
    <section className="series-section" aria-labelledby="series-events">
      <h2 id="series-events">{e.heading}</h2>
      {events.length === 0 ? (
        <p className="muted">{e.none}</p>
      ) : (
        <ul className="series-events">
          {events.map((ev) => (
            <li key={ev.id}>
              <span className="event-number" aria-label={e.numberLabel(numbers.get(ev.x)!)}>
                {numbers.get(ev.x)}
              </span>{' '}
              <time dateTime={ev.date}>{formatIsoDate(ev.date)}</time> – {e.kinds[ev.kind]}: {ev.label}{' '}
              <span className="source-line">({ev.source})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
