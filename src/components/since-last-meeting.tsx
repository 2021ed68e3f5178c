import { useId } from 'react';
import { useSinceLastMeeting } from '@/api/since-last-meeting';
import type { TargetLabels } from '@/api/target-labels';
import type { Target } from '@/contract';
import { calendarDateCode, calendarDateOf, parseCalendarDate } from '@/domain/calendar-date';
import { formatIsoDate } from '@/lib/format';
import { movementText } from '@/lib/movement-text';
import { since as sinceStrings } from '@/lib/strings/since';
import { useSinceDate } from '@/lib/use-since-date';
import { ErrorState, LoadingState } from './query-state';
import { StatusBadge } from './status-badge';
import { useHydrated, usePageNow } from '@/lib/page-now';

const s = sinceStrings;

type Props = {
  targets: readonly Target[];
  /** The areas whose official series are searched for movements (the home kommuner). */
  areas: readonly string[];
  labels: TargetLabels;
  planTitle: (planId: string) => string;
  headingLevel?: 2 | 3;
};

/** What changed since the last meeting: goals that changed status, and the biggest official movements. */
export function SinceLastMeeting({ targets, areas, labels, planTitle, headingLevel = 2 }: Props) {
  const { date, since, invalid, setDate } = useSinceDate();
  const code = calendarDateCode(date);
  const data = useSinceLastMeeting(targets, areas, since);
  const inputId = useId();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const when = formatIsoDate(code);
  const today = calendarDateCode(calendarDateOf(usePageNow()));
  const live = useHydrated();
  return (
    <section className="since" aria-labelledby={headingId}>
      <Heading id={headingId}>{s.heading}</Heading>
      <div className="since-date no-print">
        <label htmlFor={inputId}>{s.dateLabel}</label>
        {live ? (
          <input
            id={inputId}
            type="date"
            value={code}
            max={today}
            onChange={(e) => {
              const parsed = parseCalendarDate(e.target.value);
              if (parsed.ok && e.target.value <= today) setDate(parsed.value);
            }}
          />
        ) : (
          // Until the app is live: the date as text, in the field's box (useHydrated says why).
          <output id={inputId}>{when}</output>
        )}
      </div>
      {invalid && <p role="alert">{s.invalid}</p>}
      <p className="muted">{s.intro(when)}</p>
      {data.error ? (
        <ErrorState error={data.error} onRetry={data.retry} compact />
      ) : data.pending ? (
        <LoadingState label={s.loading} />
      ) : (
        <>
          <Sub>{s.changesHeading}</Sub>
          {data.changes.length === 0 ? (
            <p>{s.noChanges(when)}</p>
          ) : (
            <ul className="since-changes">
              {data.changes.map(({ item, before, after }) => (
                <li key={item.id}>
                  <strong>{item.title}</strong> ({planTitle(item.planId)}, {labels.areaName(item.area)}):{' '}
                  <span className="visually-hidden">{s.before}: </span>
                  <StatusBadge status={before.status} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{s.after}: </span> <StatusBadge status={after.status} />
                </li>
              ))}
            </ul>
          )}
          <Sub>{s.movementsHeading}</Sub>
          <p className="muted">{s.movementsIntro}</p>
          {data.movements.length === 0 ? (
            <p>{s.noMovements(when)}</p>
          ) : (
            <ul className="since-movements">
              {data.movements.map((m) => {
                return (
                  <li key={`${m.indicatorId}/${m.area}`} className={`movement-${m.verdict}`}>
                    <span aria-hidden="true" className="movement-icon">
                      {s.verdictIcon[m.verdict]}
                    </span>{' '}
                    {movementText(m, labels.wording(m.indicatorId))}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
