import type { Unit } from '@/domain/units';
import { periodLabel } from '@/domain/period-label';
import { formatValue, type Noun } from '@/lib/format';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import type { AreaValues } from '../common-period';

const s = kioskStrings.series;

/**
 * The chart's figures as a table for screen readers. The header row sits in
 * the body rather than in a <thead>: Chromium keeps a small object (a media
 * query set) for every <thead> it has laid out, for as long as the page
 * lives, and the wall screen mounts this table on every rotation; measured
 * with `npm run bench`, that was the one thing still growing after a week's
 * worth of slides.
 */
export function SeriesTable({
  name,
  lines,
  ctx,
}: {
  name: string;
  lines: readonly AreaValues[];
  ctx: { unit: Unit; noun?: Noun | undefined; areaName: (code: string) => string };
}) {
  return (
    <table className="visually-hidden">
      <caption>{s.tableCaption(name)}</caption>
      <tbody>
        <tr>
          <th scope="col">{strings.areaChoice.label}</th>
          <th scope="col">{s.period}</th>
          <th scope="col">{s.value}</th>
        </tr>
        {lines.flatMap((l) =>
          l.values.map((v) => (
            <tr key={`${l.area}-${periodLabel(v.period)}`}>
              <td>{ctx.areaName(l.area)}</td>
              <td>{periodLabel(v.period)}</td>
              <td>{formatValue(v.value, ctx.unit, { noun: ctx.noun })}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
