import { basename } from 'node:path';
import { ImportError } from './config';
import { allMeasures, type ImportConfig } from '../../data/import-config-schema';
import type { MeasureInput } from './merge';
import { toPeriodCode, type CsvRow, type NumberFormat } from './parse';
import { addRow, emptyRows, type RejectionLog, type Rows } from './rows';
import { streamTable } from './source-file';

/**
 * A CSV file exported from Jobindsats' or Statistikbanken's web interface,
 * imported as one configured measure. Both come in two shapes: long (a column
 * each for area, period and the value) or wide (one row per area, one column
 * per period). Title lines above the header are skipped.
 */

const AREA = /^(område|omraade|kommune|jobcenter|area)$/i;
const PERIOD = /^(periode|tid|måned|kvartal|år|period)$/i;

export type CsvResult = { input: MeasureInput; rejected: RejectionLog; notes: string[] };

/**
 * The rows of an export, one at a time: title lines above the header are
 * skipped, the header tells long from wide, and each data row becomes cell
 * triples (area, period, value) handed to `add`.
 */
function rowReader(
  valueColumns: readonly string[],
  file: string,
  add: (where: string, cells: { area: string; period: string; value: unknown }) => void,
): { onRow: (row: CsvRow) => void; foundHeader: () => boolean } {
  let layout: ((r: CsvRow) => void) | undefined;
  const onRow = (row: CsvRow): void => {
    if (layout) return layout(row);
    const header = row.cells;
    // The header is the first row with at least two named columns; title lines above it are skipped.
    if (header.filter((c) => c !== '').length < 2) return;
    const where = (r: CsvRow) => `${basename(file)} række ${r.line}`;
    const areaCol = header.findIndex((h) => AREA.test(h.trim()));
    const periodCol = header.findIndex((h) => PERIOD.test(h.trim()));
    if (areaCol >= 0 && periodCol >= 0) {
      const names = [...valueColumns, 'INDHOLD', 'Værdi'].map((n) => n.toLowerCase());
      const valueCol = header.findIndex((h) => names.includes(h.trim().toLowerCase()));
      if (valueCol < 0) {
        throw new ImportError(
          `${file}: ingen kolonne hedder ${names.map((n) => `«${n}»`).join(', ')}. Kolonnerne er: ${header.join(', ')}. Angiv kolonnen med --kolonne <navn>.`,
        );
      }
      layout = (r) =>
        add(where(r), { area: r.cells[areaCol] ?? '', period: r.cells[periodCol] ?? '', value: r.cells[valueCol] });
      return;
    }
    // Wide: the columns whose header is a period hold the values; the area is the row's first named cell.
    const periodCols = header.flatMap((h, i) => (toPeriodCode(h).ok ? [i] : []));
    if (periodCols.length === 0)
      throw new ImportError(`${file}: kan ikke finde områder og perioder i overskriften (${header.join(', ')}).`);
    layout = (r) => {
      const area = r.cells.slice(0, periodCols[0]).find((c) => c !== '') ?? '';
      for (const c of periodCols) add(where(r), { area, period: header[c]!, value: r.cells[c] });
    };
  };
  return { onRow, foundHeader: () => layout !== undefined };
}

/** `column` names the value column when the export calls it something else than the measure. */
export async function readExportedCsv(
  file: string,
  measureId: string,
  config: ImportConfig,
  today: string,
  column?: string,
): Promise<CsvResult> {
  const measure = allMeasures(config).find((m) => m.id === measureId);
  if (!measure)
    throw new ImportError(`Målingen «${measureId}» står ikke i konfigurationen (se data/import-config.json).`);
  const out: Rows = emptyRows();
  const format: NumberFormat = { decimal: ',' };
  const valueColumns = [...(column ? [column] : []), ...(measure.measurement ? [measure.measurement] : [])];
  const reader = rowReader(valueColumns, file, (where, cells) =>
    addRow(out, { config, unit: measure.unit as never, format }, where, cells),
  );
  const { notes } = await streamTable(file, reader.onRow);
  if (!reader.foundHeader()) throw new ImportError(`${file}: filen har ingen overskriftsrække med mindst to kolonner.`);
  if (out.rows.length === 0) {
    const first = out.rejected.first();
    throw new ImportError(
      `${file} gav ingen værdier at importere (${out.rejected.length} rækker afvist${first ? `, fx ${first.where}: ${first.reason}` : ''}).`,
    );
  }
  const site = measure.source === 'jobindsats' ? 'jobindsats.dk' : 'statistikbanken.dk';
  const newest = out.rows.reduce<string | undefined>(
    (a, r) => (a === undefined || r.period > a ? r.period : a),
    undefined,
  );
  return {
    rejected: out.rejected,
    notes,
    input: {
      measure,
      retrieval: {
        provenance: {
          kind: 'official',
          source: measure.source,
          table: measure.table,
          ...(measure.measurement ? { measurement: measure.measurement } : {}),
          request: `CSV-fil «${basename(file)}» eksporteret fra ${site}`,
          retrieved: today,
        },
        ...(newest ? { newest } : {}),
      },
      breaks: config.jobindsats.tables.find((t) => t.table === measure.table)?.breaks ?? [],
      rows: out.rows,
    },
  };
}
