import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import type { SeriesRow } from '../series-data';
import { ScrollRegion } from '@/components/scroll-region';

const t = seriesStrings.table;

function rowClass(r: SeriesRow): string | undefined {
  if (r.synthetic) return 'synthetic';
  return r.role === 'shown' ? undefined : 'superseded';
}

/** The chart's figures as a table: one row per point, each with its source. */
export function SeriesTable({ caption, rows }: { caption: string; rows: readonly SeriesRow[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="data-table series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.area}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.areaCode}-${r.periodCode}-${i}`} className={rowClass(r)}>
              <th scope="row">{r.periodText}</th>
              <td>{r.areaName}</td>
              <td className="number">
                {formatValue(r.value, r.unit)}
                {r.synthetic && <span className="tag synthetic"> ({seriesStrings.source.syntheticMarker})</span>}
                {r.provisional && <span className="tag"> ({strings.sources.provisional})</span>}
                {r.role === 'revised' && <span className="tag"> ({t.revised})</span>}
              </td>
              <td>{r.location ? `${r.source}, ${r.location}` : r.source}</td>
              <td>{[r.relation, r.note].filter(Boolean).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
