import { basename } from 'node:path';
import { ImportError } from './config';
import { allMeasures, type ImportConfig } from '../../data/import-config-schema';
import type { MeasureInput } from './merge';
import { toPeriodCode, type CsvRow, type NumberFormat } from './parse';
import { addRow, emptyRows, type Rejection, type Rows } from './rows';
import { readTable } from './source-file';

/**
 * A CSV file exported from Jobindsats' or Statistikbanken's web interface,
 * imported as one configured measure. Both come in two shapes: long (a column
 * each for area, period and the value) or wide (one row per area, one column
 * per period). Title lines above the header are skipped.
 */

const AREA = /^(område|omraade|kommune|jobcenter|area)$/i;
const PERIOD = /^(periode|tid|måned|kvartal|år|period)$/i;

export type CsvResult = { input: MeasureInput; rejected: Rejection[]; notes: string[] };

function read(
  lines: readonly CsvRow[],
  valueColumns: readonly string[],
  file: string,
  add: (where: string, cells: { area: string; period: string; value: unknown }) => void,
): void {
  const rows = lines.map((l) => l.cells);
  const headerAt = rows.findIndex((r) => r.filter((c) => c !== '').length >= 2);
  if (headerAt < 0) throw new ImportError(`${file}: filen har ingen overskriftsrække med mindst to kolonner.`);
  const header = rows[headerAt]!;
  const data = rows.slice(headerAt + 1);
  const areaCol = header.findIndex((h) => AREA.test(h.trim()));
  const periodCol = header.findIndex((h) => PERIOD.test(h.trim()));
  const row = (i: number) => `${basename(file)} række ${lines[headerAt + 1 + i]!.line}`;
  if (areaCol >= 0 && periodCol >= 0) {
    const names = [...valueColumns, 'INDHOLD', 'Værdi'].map((n) => n.toLowerCase());
    const valueCol = header.findIndex((h) => names.includes(h.trim().toLowerCase()));
    if (valueCol < 0) {
      throw new ImportError(
        `${file}: ingen kolonne hedder ${names.map((n) => `«${n}»`).join(', ')}. Kolonnerne er: ${header.join(', ')}. Angiv kolonnen med --kolonne <navn>.`,
      );
    }
    data.forEach((r, i) => add(row(i), { area: r[areaCol] ?? '', period: r[periodCol] ?? '', value: r[valueCol] }));
    return;
  }
  // Wide: the columns whose header is a period hold the values; the area is the row's first named cell.
  const periodCols = header.flatMap((h, i) => (toPeriodCode(h).ok ? [i] : []));
  if (periodCols.length === 0)
    throw new ImportError(`${file}: kan ikke finde områder og perioder i overskriften (${header.join(', ')}).`);
  data.forEach((r, i) => {
    const area = r.slice(0, periodCols[0]).find((c) => c !== '') ?? '';
    for (const c of periodCols) add(row(i), { area, period: header[c]!, value: r[c] });
  });
}

/** `column` names the value column when the export calls it something else than the measure. */
export function readExportedCsv(
  file: string,
  measureId: string,
  config: ImportConfig,
  today: string,
  column?: string,
): CsvResult {
  const measure = allMeasures(config).find((m) => m.id === measureId);
  if (!measure)
    throw new ImportError(`Målingen «${measureId}» står ikke i konfigurationen (se data/import-config.json).`);
  const { lines, notes } = readTable(file);
  const out: Rows = emptyRows();
  const format: NumberFormat = { decimal: ',' };
  const valueColumns = [...(column ? [column] : []), ...(measure.measurement ? [measure.measurement] : [])];
  read(lines, valueColumns, file, (where, cells) =>
    addRow(out, { config, unit: measure.unit as never, format }, where, cells),
  );
  if (out.rows.length === 0) {
    throw new ImportError(
      `${file} gav ingen værdier at importere (${out.rejected.length} rækker afvist${out.rejected[0] ? `, fx ${out.rejected[0].where}: ${out.rejected[0].reason}` : ''}).`,
    );
  }
  const site = measure.source === 'jobindsats' ? 'jobindsats.dk' : 'statistikbanken.dk';
  const newest = out.rows
    .map((r) => r.period)
    .sort()
    .at(-1);
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
