import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import type { EvolutionColumn, EvolutionItem } from '../page/pejlemaerke-evolution';
import { TermText } from './term-text';
import { ScrollRegion } from '@/components/scroll-region';

const s = targetGroupStrings.page;
const MARK: Record<EvolutionItem['change'], string> = { first: '', new: '＋', kept: '＝' };

/** The pejlemærker in each plan side by side: what was added, kept and dropped, in words, not colour alone. */
export function StrategyEvolution({ columns }: { columns: readonly EvolutionColumn[] }) {
  return (
    <section aria-labelledby="tg-strategy">
      <h2 id="tg-strategy">{s.strategyTitle}</h2>
      <p className="muted">{s.strategyIntro}</p>
      <ScrollRegion label={s.strategyTitle} className="tg-evolution">
        {columns.map((c) => (
          <article key={c.planId} className="tg-evolution-plan" aria-labelledby={`tg-plan-${c.planId}`}>
            <h3 id={`tg-plan-${c.planId}`}>
              {c.planTitle} <span className="muted">({c.year})</span>
            </h3>
            {c.sections.length === 0 && <p className="muted">{s.noPejlemaerker}</p>}
            {c.sections.map((section, i) => (
              <div key={i} className="tg-evolution-section">
                <h4>{section.heading}</h4>
                <ul>
                  {section.items.map((item, j) => (
                    <li key={j} className={`change-${item.change}`}>
                      {item.change !== 'first' && (
                        <span className="tg-change">
                          <span aria-hidden="true">{MARK[item.change]} </span>
                          {s.change[item.change]}:
                        </span>
                      )}{' '}
                      <TermText text={item.text} />
                    </li>
                  ))}
                </ul>
                <p className="source-line">
                  {s.source}: {c.planTitle}, {section.provenance.location}
                </p>
              </div>
            ))}
            {c.dropped.length > 0 && (
              <div className="tg-dropped">
                <h4>{s.dropped}</h4>
                <ul>
                  {c.dropped.map((text, i) => (
                    <li key={i}>
                      <del>{text}</del>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </article>
        ))}
      </ScrollRegion>
    </section>
  );
}
