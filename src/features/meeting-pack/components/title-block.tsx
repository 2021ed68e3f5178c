import { lazily } from '@/domain/lazily';
import { useState, type ReactNode } from 'react';
import type { Plan } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { strings } from '@/lib/strings';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

const s = meetingPackStrings;
const printedDate = lazily(
  () => new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }),
);

type Props = { plan: Plan; areaName: (code: string) => string; dataDate: string | undefined; children?: ReactNode };

/** The first page's head: which plan, whose, what it covers, printed when, and how new its figures are. */
export function TitleBlock({ plan, areaName, dataDate, children }: Props) {
  // Fixed per mount: the date a pack was printed should not change under the reader.
  const [printed] = useState(() => printedDate().format(new Date()));
  return (
    <header className="mp-title">
      <h1>
        <span className="mp-kicker">{s.titlePrefix}</span> {plan.title}
      </h1>
      <dl className="mp-facts">
        <div>
          <dt>{s.kind}</dt>
          <dd>{strings.plan.kinds[plan.kind]}</dd>
        </div>
        <div>
          <dt>{strings.plan.issuer}</dt>
          <dd>{plan.issuer}</dd>
        </div>
        <div>
          <dt>{strings.plan.covers}</dt>
          <dd>{plan.areas.map(areaName).join(', ')}</dd>
        </div>
        {plan.published && (
          <div>
            <dt>{strings.plan.published}</dt>
            <dd>{periodLabel(plan.published)}</dd>
          </div>
        )}
      </dl>
      <p className="mp-printed">
        {s.printed(printed)}
        {dataDate && <span className="mp-data-date"> · {dataDate}</span>}
      </p>
      {children}
    </header>
  );
}
