import { useState } from 'react';
import { usePlans } from '@/api/plans';
import { useApiIndex, useAreas, useTargetGroups } from '@/api/reference';
import { ErrorState, LoadingState } from '@/components/query-state';
import { formatDateTime, formatNumber } from '@/lib/format';
import { strings } from '@/lib/strings';
import { about } from '@/lib/strings/about';
import { OfficialTables } from './official-tables';
import { ScrollRegion } from '@/components/scroll-region';
import { blockingError } from '@/api/query-problem';

const s = about;

/** What the dashboard is built on: the documents, the official tables and how new they are, the areas. */
export function AboutPage() {
  const index = useApiIndex();
  const plans = usePlans();
  const areas = useAreas();
  const groups = useTargetGroups();
  // "Now" for the overdue marks; an about page is not left open for months.
  const [now] = useState(() => new Date());
  const queries = [index, plans, areas, groups];
  const failed = queries.find((q) => blockingError(q));
  // The page in one piece: drawn as each answer came, its sections grew one after another and pushed
  // those below down the screen (a layout shift of 0.19 on a 1280×720 screen).
  const waiting = !failed && queries.some((q) => q.isPending);
  const named = areas.data?.filter((a) => a.role !== 'kommune') ?? [];
  const others = (areas.data?.length ?? 0) - named.length;
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      {failed && <ErrorState error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} />}
      {waiting && <LoadingState />}
      <section aria-labelledby="about-official" hidden={waiting}>
        <h2 id="about-official">{s.official}</h2>
        <p>{s.officialIntro}</p>
        {index.data && <OfficialTables tables={index.data.official} now={now} />}
      </section>
      <section aria-labelledby="about-documents" hidden={waiting}>
        <h2 id="about-documents">{s.documents}</h2>
        {plans.data && (
          <ul className="document-list">
            {plans.data.map((p) => (
              <li key={p.id}>
                <strong>{p.title}</strong> – {strings.plan.kinds[p.kind]}, {p.issuer}.
                <details className="inline-details">
                  <summary>{s.fileName}</summary>
                  <span className="file-name">{p.document}</span>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="about-counts" hidden={waiting}>
        <h2 id="about-counts">{s.counts}</h2>
        {index.data && (
          <dl className="counts">
            {(Object.keys(s.countLabels) as (keyof typeof s.countLabels)[]).map((key) => (
              <div key={key}>
                <dt>{s.countLabels[key]}</dt>
                <dd>{formatNumber(index.data.counts[key], 'antal')}</dd>
              </div>
            ))}
            <div>
              <dt>{s.assembled}</dt>
              <dd>{formatDateTime(index.data.generated)}</dd>
            </div>
          </dl>
        )}
        <p className="muted">{s.assembledNote}</p>
      </section>
      <section aria-labelledby="about-areas" hidden={waiting}>
        <h2 id="about-areas">{s.areas}</h2>
        {areas.data && (
          <>
            <ScrollRegion label={s.areas}>
              <table className="data-table">
                <caption className="visually-hidden">{s.areas}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.areaCode}</th>
                    <th scope="col">{s.areaName}</th>
                    <th scope="col">{s.areaRole}</th>
                  </tr>
                </thead>
                <tbody>
                  {named.map((a) => (
                    <tr key={a.code}>
                      <td>{a.code}</td>
                      <td>{a.name}</td>
                      <td>{s.roles[a.role]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {others > 0 && <p>{s.otherKommuner(others)}</p>}
          </>
        )}
      </section>
      <section aria-labelledby="about-groups" hidden={waiting}>
        <h2 id="about-groups">{s.targetGroups}</h2>
        {groups.data && (
          <dl className="definitions">
            {groups.data.map((g) => (
              <div key={g.id}>
                <dt>{g.name}</dt>
                <dd>{g.description}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
