import type { Point } from '@/contract';
import type { Provenance } from '@/domain/provenance';
import { periodLabel } from '@/domain/period-label';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { HEADER_AREAS, type HeaderRow } from '../page/header-figures';

const s = strings.targetGroups.page;

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
        <div className="tg-figures-scroll">
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
                  <th scope="row">{r.indicator.name}</th>
                  {areas.map((a) => (
                    <td key={a} data-area={a}>
                      <Figures points={r.cells.get(a) ?? []} unit={r.indicator.unit} sourceName={sourceName} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Figures({
  points,
  unit,
  sourceName,
}: {
  points: readonly Point[];
  unit: Unit;
  sourceName: Props['sourceName'];
}) {
  if (points.length === 0) return <span className="muted">–</span>;
  return (
    <ul className="tg-figure-list">
      {points.map((p, i) => (
        <li key={i}>
          {periodLabel(p.period)}: <strong>{formatValue(p.value, unit)}</strong>{' '}
          <span className="source-line">({sourceName(p.provenance)})</span>
        </li>
      ))}
    </ul>
  );
}
