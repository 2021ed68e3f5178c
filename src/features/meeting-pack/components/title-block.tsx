import { useState, type ReactNode } from 'react';
import type { Plan } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { strings } from '@/lib/strings';

const s = strings.meetingPack;
const printedDate = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });

type Props = { plan: Plan; areaName: (code: string) => string; children?: ReactNode };

/** The first page's head: which plan, whose, what it covers, from which document, printed when. */
export function TitleBlock({ plan, areaName, children }: Props) {
  // Fixed per mount: the date a pack was printed should not change under the reader.
  const [printed] = useState(() => printedDate.format(new Date()));
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
        <div>
          <dt>{strings.plan.source}</dt>
          <dd>
            {plan.title} <span className="file-name">({plan.document})</span>
          </dd>
        </div>
      </dl>
      <p className="mp-printed">{s.printed(printed)}</p>
      {children}
    </header>
  );
}
