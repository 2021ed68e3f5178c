import { useMemo } from 'react';
import { Link } from 'react-router';
import { EChart } from '@/components/echart';
import type { IndicatorListItem } from '@/contract';
import { seriesPath } from '@/lib/routes';
import { formatValue } from '@/lib/format';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { ScrollRegion } from '@/components/scroll-region';
import {
  buildSmallMultipleOption,
  sharedExtent,
  smallMultipleLabel,
  type SmallLine,
} from '../page/small-multiple-option';

const s = targetGroupStrings.page;

export type Multiple = { indicator: IndicatorListItem; lines: SmallLine[] };

/** One small chart per indicator, on one shared time axis; each leads to the full series. */
export function SmallMultiples({ multiples }: { multiples: readonly Multiple[] }) {
  const extent = useMemo(() => sharedExtent(multiples.flatMap((m) => m.lines)), [multiples]);
  return (
    <section aria-labelledby="tg-multiples">
      <h2 id="tg-multiples">{s.multiplesTitle}</h2>
      <p className="muted">{s.multiplesIntro}</p>
      {!extent ? (
        <p>{s.noSeries}</p>
      ) : (
        <ul className="tg-multiples">
          {multiples.map((m) => (
            <li key={m.indicator.id}>
              <SmallMultiple multiple={m} extent={extent} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SmallMultiple({ multiple, extent }: { multiple: Multiple; extent: { min: number; max: number } }) {
  const { indicator, lines } = multiple;
  const option = useMemo(
    () => buildSmallMultipleOption({ unit: indicator.unit, lines, extent }),
    [indicator.unit, lines, extent],
  );
  const label = smallMultipleLabel(indicator.name, indicator.unit, lines);
  return (
    <article className="tg-multiple">
      <h3>
        <Link
          to={seriesPath(
            indicator.id,
            lines.map((l) => l.area),
          )}
        >
          {indicator.name}
        </Link>
      </h3>
      <EChart option={option} label={label} height={190} className="tg-multiple-chart" />
      <details>
        <summary>{s.dataTable}</summary>
        <ScrollRegion label={indicator.name}>
          <table className="tg-mini-table">
            <caption className="visually-hidden">{indicator.name}</caption>
            <thead>
              <tr>
                <th scope="col">{s.area}</th>
                <th scope="col">{s.period}</th>
                <th scope="col">{s.value}</th>
                <th scope="col">{s.source}</th>
              </tr>
            </thead>
            <tbody>
              {lines.flatMap((l) =>
                l.points.map((p, i) => (
                  <tr key={`${l.area}-${i}`}>
                    <td>{l.name}</td>
                    <td>{p.periodText}</td>
                    <td className="numeric">{formatValue(p.value, indicator.unit)}</td>
                    <td>{p.synthetic ? <span className="synthetic-marker">{p.source}</span> : p.source}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </article>
  );
}
