import { basename } from 'node:path';
import type { ImportConfig, ImportTarget, SourceId } from './config';
import { parseSemicolonCsv, toPeriodCode } from './parse';
import { addRow, columnIndex, emptyRows, exactly, type Rows } from './rows';

/**
 * A CSV file exported from Jobindsats' or Statistikbanken's web interface.
 * Both come in two shapes: long (a column each for area, period and the
 * measurement) or wide (one row per area, one column per period). Title
 * lines above the header are skipped.
 */

const AREA = /^(område|omraade|kommune|jobcenter|area)$/i;
const PERIOD = /^(periode|tid|måned|kvartal|år|period)$/i;

export function readExportedCsv(
  text: string,
  file: string,
  source: SourceId,
  target: ImportTarget,
  config: ImportConfig,
): Rows {
  const out = emptyRows();
  const request = `CSV-fil «${basename(file)}» eksporteret fra ${source === 'jobindsats' ? 'jobindsats.dk' : 'statistikbanken.dk'}`;
  const rows = parseSemicolonCsv(text);
  const headerAt = rows.findIndex((r) => r.filter((c) => c !== '').length >= 2);
  if (headerAt < 0) {
    out.rejected.push({ where: basename(file), reason: 'filen har ingen overskriftsrække med mindst to kolonner' });
    return out;
  }
  const header = rows[headerAt]!;
  const data = rows.slice(headerAt + 1);
  const areaCol = columnIndex(header, AREA);
  const periodCol = columnIndex(header, PERIOD);

  if (areaCol >= 0 && periodCol >= 0) {
    let valueCol = columnIndex(header, exactly(target.measurement));
    if (valueCol < 0) valueCol = columnIndex(header, /^(indhold|værdi)$/i);
    if (valueCol < 0) {
      out.rejected.push({
        where: basename(file),
        reason: `ingen kolonne hedder «${target.measurement}» (kolonner: ${header.join(', ')})`,
      });
      return out;
    }
    for (const r of data) {
      addRow(
        out,
        config,
        basename(file),
        { area: r[areaCol] ?? '', period: r[periodCol] ?? '', value: r[valueCol] },
        request,
      );
    }
    return out;
  }

  // Wide: the columns whose header is a period hold the values; the area is the row's first named cell.
  const periodCols = header.map((h, i) => (toPeriodCode(h).ok ? i : -1)).filter((i) => i >= 0);
  if (periodCols.length === 0) {
    out.rejected.push({
      where: basename(file),
      reason: `kan ikke finde områder og perioder i overskriften (${header.join(', ')})`,
    });
    return out;
  }
  for (const r of data) {
    const area = r.slice(0, periodCols[0]).find((c) => c !== '') ?? '';
    for (const i of periodCols) addRow(out, config, basename(file), { area, period: header[i]!, value: r[i] }, request);
  }
  return out;
}
