import { useId } from 'react';
import { series as seriesStrings } from '@/lib/strings/series';
import { downloadText } from '@/lib/download';
import { seriesCsv } from '../series-csv';
import type { SeriesRow, YearRange } from '../series-data';

type Props = { indicatorId: string; indicatorName: string; rows: readonly SeriesRow[]; range: YearRange | undefined };

const csv = seriesStrings.csv;

/** Downloads exactly the rows on screen. */
export function CsvButton({ indicatorId, indicatorName, rows, range }: Props) {
  const hintId = useId();
  return (
    <div className="series-control csv">
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={rows.length === 0}
        onClick={() => downloadText(seriesCsv(indicatorName, rows), csv.fileName(indicatorId, range?.from, range?.to))}
      >
        {csv.button}
      </button>
      <p id={hintId} className="hint">
        {csv.hint}
      </p>
    </div>
  );
}
