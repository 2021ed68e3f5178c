import type { ReactNode } from 'react';
import type { Plan } from '@/contract';
import { formatIsoDate } from '@/lib/format';
import { periodLabel } from '@/domain/period-label';
import { strings } from '@/lib/strings';

const s = strings.plan;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The plan's words: goals, focus areas, pejlemærker, reforms and the terms it defines. */
export function PlanTexts({ plan }: { plan: Plan }) {
  return (
    <>
      <Section id="plan-ministerial" title={s.ministerialGoals}>
        {plan.ministerialGoals.length === 0 ? (
          <p className="muted">{s.none}</p>
        ) : (
          <ul>
            {plan.ministerialGoals.map((g) => (
              <li key={g.text}>{g.text}</li>
            ))}
          </ul>
        )}
      </Section>
      {plan.localFocusAreas.length > 0 && (
        <Section id="plan-local" title={s.localFocusAreas}>
          <ul>
            {plan.localFocusAreas.map((g) => (
              <li key={g.text}>{g.text}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="plan-pejlemaerker" title={s.pejlemaerker}>
        {plan.pejlemaerker.length === 0 && <p className="muted">{s.none}</p>}
        <div className="pejlemaerker">
          {plan.pejlemaerker.map((section) => (
            <section key={section.heading} className="pejlemaerke-section" aria-label={section.heading}>
              <h3>{section.heading}</h3>
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              <p className="source-line">
                {strings.target.source}: {section.provenance.location}
              </p>
            </section>
          ))}
        </div>
      </Section>
      <Section id="plan-reforms" title={s.reforms}>
        {plan.reforms.length === 0 ? (
          <p className="muted">{s.none}</p>
        ) : (
          <ul className="reform-list">
            {plan.reforms.map((r) => (
              <li key={r.id}>
                <strong>{r.name}</strong>
                {r.effectiveFrom && ` – ${s.effectiveFrom.toLowerCase()} ${formatIsoDate(r.effectiveFrom)}`}
                {!r.effectiveFrom && r.agreed && ` (${periodLabel(r.agreed)})`}
                <p>{r.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {plan.definitions.length > 0 && (
        <Section id="plan-definitions" title={s.definitions}>
          <dl className="definitions">
            {plan.definitions.map((d) => (
              <div key={d.term}>
                <dt>{d.term}</dt>
                <dd>{d.text}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
    </>
  );
}
