import type { Point } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import type { ValueChoice } from '@/domain/pick-value';
import type { Provenance } from '@/domain/provenance';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { HEADER_AREAS, type HeaderRow } from '../page/header-figures';
import { ScrollRegion } from '@/components/scroll-region';

const s = targetGroupStrings.page;

type Props = {
  rows: readonly HeaderRow[];
  areaName: (code: string) => string;
  sourceName: (p: Provenance) => string;
};

/** Ishøj and Vallensbæk side by side, with Hele landet when a document gives it; every figure with its source. */
export function HeaderFigures({ rows, areaName, sourceName }: Props) {
  const areas = HEADER_AREAS.filter((a) => rows.some((r) => (r.cells.get(a)?.length ?? 0) > 0));
  return (
    <section aria-labelledby="tg-figures">
      <h2 id="tg-figures">{s.figuresTitle}</h2>
      <p className="muted">{s.figuresIntro}</p>
      {rows.length === 0 ? (
        <p>{s.noFigures}</p>
      ) : (
        <ScrollRegion label={s.figuresTitle}>
          <table className="tg-figures">
            <thead>
              <tr>
                <th scope="col">{s.figuresIndicator}</th>
                {areas.map((a) => (
                  <th scope="col" key={a}>
                    {areaName(a)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.indicator.id}>
                  <th scope="row">
                    {r.indicator.name}
                    {r.period && <OfficialNote row={r} sourceName={sourceName} />}
                  </th>
                  {areas.map((a) => (
                    <td key={a} data-area={a}>
                      <Figures
                        values={r.cells.get(a) ?? []}
                        unit={r.indicator.unit}
                        sourceName={r.period ? undefined : sourceName}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** Official figures share one period and one source: said once, under the indicator's name. */
function OfficialNote({ row, sourceName }: { row: HeaderRow; sourceName: Props['sourceName'] }) {
  const first = [...row.cells.values()].flat()[0];
  return (
    <span className="tg-figure-period">
      {s.sharedPeriod(periodLabel(row.period!))}
      {first && <span className="source-line"> {sourceName(first.point.provenance)}</span>}
    </span>
  );
}

/** A cell's figures; each carries its own source unless the row states it once. */
function Figures({
  values,
  unit,
  sourceName,
}: {
  values: readonly ValueChoice<Point>[];
  unit: Unit;
  sourceName: Props['sourceName'] | undefined;
}) {
  if (values.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="tg-figure-list">
      {values.map((v, i) => (
        <li key={i}>
          {periodLabel(v.period)}: <strong>{formatValue(v.value, unit)}</strong>
          {v.point.provisional && ` (${strings.sources.provisional})`}
          {sourceName && <span className="source-line"> ({sourceName(v.point.provenance)})</span>}
          {v.disputed && <span className="source-line"> {s.disputed}</span>}
        </li>
      ))}
    </ul>
  );
}
