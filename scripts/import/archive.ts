import { join } from 'node:path';
import type { JobindsatsTable, ImportConfig } from '../../data/import-config-schema';
import { ImportError } from './config';
import type { MeasureInput } from './merge';
import { toPeriodCode } from './parse';
import { addRow, emptyRows, RejectionLog, requireColumns } from './rows';
import { readTable } from './source-file';

/**
 * A directory of Jobindsats extracts taken from a public archive (the
 * August 2026 snapshot in shared/data): files.csv lists each file's table,
 * measure and unit; each file is `Område;Kode;Periode;<måling>`. The figures
 * are STAR's, but they were not fetched from Jobindsats directly, and every
 * value's provenance says so.
 */

export type ArchiveResult = { inputs: MeasureInput[]; rejected: RejectionLog; notes: string[] };

type Listing = { table: string; measurement: string; unit: string; first: string; last: string; rows: number };

function readListing(dir: string): Map<string, Listing> {
  const { rows } = readTable(join(dir, 'files.csv'));
  const [header = [], ...data] = rows;
  const [file, table, measurement, unit, first, last, count] = requireColumns(
    header,
    ['fil', 'tabel', 'måling', 'enhed', 'første periode', 'sidste periode', 'rækker'],
    `${dir}/files.csv`,
  );
  return new Map(
    data.map((r) => [
      r[file!]!,
      {
        table: r[table!]!,
        measurement: r[measurement!]!,
        unit: r[unit!]!,
        first: r[first!]!,
        last: r[last!]!,
        rows: Number(r[count!]),
      },
    ]),
  );
}

function tableOf(config: ImportConfig, table: string): JobindsatsTable {
  return config.jobindsats.tables.find((t) => t.table === table)!;
}

export function readArchive(dir: string, config: ImportConfig): ArchiveResult {
  const listing = readListing(dir);
  const { archive } = config.jobindsats;
  const result: ArchiveResult = { inputs: [], rejected: new RejectionLog(), notes: [] };
  const measures = config.jobindsats.tables.flatMap((t) => t.measures.map((m) => ({ table: t.table, ...m })));
  for (const m of measures.filter((x) => x.archiveFile)) {
    const fileName = m.archiveFile!;
    const listed = listing.get(fileName);
    if (!listed) {
      result.rejected.push({
        where: fileName,
        reason: `filen står ikke i ${dir}/files.csv; målingen ${m.id} er ikke importeret`,
      });
      continue;
    }
    if (listed.table !== m.table || listed.measurement !== m.measurement) {
      throw new ImportError(
        `${fileName}: files.csv siger tabel ${listed.table}, «${listed.measurement}», men konfigurationen venter ${m.table}, «${m.measurement}». Intet er skrevet.`,
      );
    }
    const where = join(dir, fileName);
    const { rows, notes } = readTable(where);
    result.notes.push(...notes);
    const [header = [], ...data] = rows;
    const [areaCol, codeCol, periodCol, valueCol] = requireColumns(
      header,
      ['Område', 'Kode', 'Periode', m.measurement],
      where,
    );
    const out = emptyRows();
    data.forEach((r, i) =>
      addRow(out, { config, unit: m.unit }, `${fileName} række ${i + 2}`, {
        area: r[codeCol!] || r[areaCol!] || '',
        period: r[periodCol!] ?? '',
        value: r[valueCol!],
      }),
    );
    if (data.length !== listed.rows) {
      result.notes.push(`${fileName}: files.csv angiver ${listed.rows} rækker, filen har ${data.length}.`);
    }
    result.rejected.absorb(out.rejected);
    const newest = toPeriodCode(listed.last);
    result.inputs.push({
      measure: { source: 'jobindsats', table: m.table, id: m.id, indicatorId: m.indicatorId, unit: m.unit },
      retrieval: {
        provenance: {
          kind: 'official',
          source: 'jobindsats',
          table: m.table,
          measurement: m.measurement,
          request: `Fil «${fileName}» i et offentligt arkiv af Jobindsats-udtræk (${archive.record.repository}, ${archive.record.path})`,
          retrieved: archive.retrieved,
          archive: archive.record,
        },
        ...(newest.ok ? { newest: newest.value } : {}),
      },
      breaks: tableOf(config, m.table).breaks,
      rows: out.rows,
    });
  }
  return result;
}
