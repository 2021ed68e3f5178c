import type { Area } from '@/contract';
import {
  cellAt,
  commonPeriod,
  distribution,
  latestCell,
  standing,
  type CrossSection,
  type Direction,
  type Standing,
} from '@/domain/cross-section';
import { isKommune, NATIONAL_AREA } from '@/domain/areas';
import { periodLabel } from '@/domain/period-label';
import { isShareUnit, type Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { sourceLine, type DocumentTitle } from '@/lib/source-text';
import { comparison as comparisonStrings } from '@/lib/strings/comparison';
import { ScrollRegion } from './scroll-region';

const c = comparisonStrings;

type Props = {
  section: CrossSection;
  indicatorName: string;
  direction: Direction;
  unit: Unit;
  /** The areas to list: the home kommuner, the klynge and Hele landet, in that order. */
  areas: readonly Area[];
  documentTitle: DocumentTitle;
  /** False inside a disclosure whose summary already names the comparison. */
  heading?: boolean;
};

export function markText(s: Standing, unit: Unit): string {
  if (!s.deviation) return c.within;
  const text = c.deviation(s.deviation, !isShareUnit(unit));
  return s.favourable === undefined ? text : `${text} (${c.favourable(s.favourable)})`;
}

/** Where the home kommuner stand among all kommuner on one shared month: rank, median, and a plain mark. */
export function NationalStanding({
  section,
  indicatorName,
  direction,
  unit,
  areas,
  documentTitle,
  heading = true,
}: Props) {
  const period = commonPeriod(section);
  if (!period) return null;
  const id = `standing-${section.indicatorId}`;
  const when = periodLabel(period);
  const seriesOf = (code: string) => section.series.find((s) => s.area === code);
  const listed = areas.filter((a) => seriesOf(a.code));
  const median = distribution(section, period)?.median;
  const national = seriesOf(NATIONAL_AREA);
  const nationalCell = national && cellAt(section, national, period);
  const sourceCell = nationalCell ?? listed.map((a) => cellAt(section, seriesOf(a.code)!, period)).find(Boolean);
  return (
    <section
      className="national-standing"
      aria-labelledby={heading ? id : undefined}
      aria-label={heading ? undefined : c.caption(indicatorName, when)}
    >
      {heading && <h2 id={id}>{c.heading}</h2>}
      <p>
        {c.intro(when, sourceCell?.provisional === true)} {c.rankExplained[direction]}
        {!isShareUnit(unit) && ` ${c.countCaveat}`}
      </p>
      <ScrollRegion label={c.caption(indicatorName, when)}>
        <table className="data-table">
          <caption className="visually-hidden">{c.caption(indicatorName, when)}</caption>
          <thead>
            <tr>
              <th scope="col">{c.area}</th>
              <th scope="col">{c.value(when)}</th>
              <th scope="col">{c.rank}</th>
              <th scope="col">{c.median}</th>
            </tr>
          </thead>
          <tbody>
            {listed
              .filter((a) => isKommune(a.code))
              .map((a) => {
                const series = seriesOf(a.code)!;
                const cell = cellAt(section, series, period);
                const s = standing(section, a.code, period, direction);
                const latest = latestCell(series);
                return (
                  <tr key={a.code}>
                    <th scope="row">
                      {a.name}
                      {a.role === 'sammenligning' && <span className="muted"> ({c.klynge})</span>}
                    </th>
                    <td className="number">
                      {cell ? formatValue(cell.value, unit) : latest ? c.older(periodLabel(latest.period)) : c.noValue}
                    </td>
                    <td>{s ? c.rankOf(s.rank, s.of) : '–'}</td>
                    <td>{s ? markText(s, unit) : '–'}</td>
                  </tr>
                );
              })}
            {median !== undefined && (
              <tr>
                <th scope="row">{c.medianRow}</th>
                <td className="number">{formatValue(median, unit)}</td>
                <td>–</td>
                <td>–</td>
              </tr>
            )}
            {nationalCell && (
              <tr>
                <th scope="row">{c.national}</th>
                <td className="number">{formatValue(nationalCell.value, unit)}</td>
                <td>–</td>
                <td>–</td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
      {sourceCell && <p className="source-line">{sourceLine(sourceCell.provenance, documentTitle)}</p>}
    </section>
  );
}
