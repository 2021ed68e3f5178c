import type { OfficialTableSummary } from '@/contract';
import { dataAge } from '@/domain/data-age';
import { periodLabel } from '@/domain/period-label';
import { formatShortDate } from '@/lib/format';
import { retrievalText, sourceName } from '@/lib/source-text';
import { strings } from '@/lib/strings';
import { about } from '@/lib/strings/about';
import { ScrollRegion } from '@/components/scroll-region';

const s = about;
const src = strings.sources;
const noTitle = () => undefined;

/** Each official table: its newest month (foreløbig, or overdue), how it was fetched, and the next update. */
export function OfficialTables({ tables, now }: { tables: readonly OfficialTableSummary[]; now: Date }) {
  if (tables.length === 0) return <p className="muted">{s.officialNone}</p>;
  return (
    <ScrollRegion label={s.official}>
      <table className="data-table">
        <caption className="visually-hidden">{s.official}</caption>
        <thead>
          <tr>
            <th scope="col">{s.officialTable}</th>
            <th scope="col">{s.officialMeasures}</th>
            <th scope="col">{s.officialNewest}</th>
            <th scope="col">{s.officialRetrieved}</th>
            <th scope="col">{s.officialNext}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => {
            const age = dataAge({ period: t.newest, value: 0, provenance: t.provenance }, now);
            return (
              <tr key={`${t.provenance.source}/${t.provenance.table}`}>
                <th scope="row">{sourceName(t.provenance, noTitle)}</th>
                <td>{s.officialMeasureCount(t.measures, t.areas)}</td>
                <td>
                  {periodLabel(t.newest)} ({src.provisional})
                  {age?.overdue && <span className="tag stale"> {src.stale}</span>}
                </td>
                <td>{retrievalText(t.provenance)}</td>
                <td>{t.provenance.nextUpdate ? formatShortDate(t.provenance.nextUpdate) : s.unknown}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
