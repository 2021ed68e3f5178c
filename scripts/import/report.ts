import { knownAreaName } from '@/domain/areas';
import type { RejectionLog } from './rows';
import type { ImportReport } from './run';

/**
 * The import report in Danish, for the analyst's terminal: added, changed,
 * suppressed and rejected values, and where official figures differ from
 * the documents' (both are kept). Repeated rejections are summarised with
 * their first examples, so a bad 50 MB file gives a readable report.
 */

const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const show = (v: number | null) => (v === null ? '«..»' : number.format(v));
const areaName = (code: string) => knownAreaName(code) ?? code;

/** Beyond this many changed values or differences per list, the report counts the rest. */
const LISTED = 20;

/** "2.151.007 × perioden står to gange", with the first few places it happened. */
export function summariseRejections(rejected: RejectionLog): string[] {
  return rejected
    .summary()
    .flatMap(({ kind, count, examples }) =>
      count === 1
        ? examples.map((e) => `  AFVIST ${e.where}: ${e.reason}`)
        : [`  AFVIST ${number.format(count)} × ${kind}, fx:`, ...examples.map((e) => `    ${e.where}: ${e.reason}`)],
    );
}

/** The first lines of a long list, and how many more there are. */
function capped(lines: readonly string[], indent: string): string[] {
  return lines.length <= LISTED
    ? [...lines]
    : [...lines.slice(0, LISTED), `${indent}… og ${number.format(lines.length - LISTED)} til`];
}

export function formatReport(report: ImportReport): string {
  const lines: string[] = [`Import ${report.today}`];
  let added = 0;
  let changed = 0;
  let rejected = 0;
  for (const source of report.sources) {
    lines.push('', source.label);
    for (const note of source.notes) lines.push(`  Bemærk: ${note}`);
    for (const { input, series } of source.measures) {
      const m = input.measure;
      const newest = input.retrieval.newest ? ` (nyeste periode: ${input.retrieval.newest}, foreløbig)` : '';
      lines.push(`  ${m.table} ${m.id} → ${m.indicatorId}${newest}`);
      const total = series.reduce(
        (t, s) => ({ a: t.a + s.added.length, c: t.c + s.changed.length, u: t.u + s.unchanged, s: t.s + s.suppressed }),
        { a: 0, c: 0, u: 0, s: 0 },
      );
      added += total.a;
      changed += total.c;
      lines.push(
        `    ${series.length} områder: ${total.a} tilføjet, ${total.c} ændret, ${total.u} uændret, ${total.s} undertrykt («..»)`,
      );
      const changes = series.flatMap((s) =>
        s.changed.map((c) => `    ${areaName(s.area)} ${c.period}: ${show(c.from)} → ${show(c.to)}`),
      );
      lines.push(...capped(changes, '    '));
    }
    rejected += source.rejected.length;
    lines.push(...summariseRejections(source.rejected));
  }
  if (report.differences.length > 0) {
    lines.push(
      '',
      `Forskelle mellem officielle tal og dokumenternes tal (begge bevares; appen viser dokumentets tal som revideret): ${report.differences.length}`,
    );
    const differences = report.differences.map(
      (d) =>
        `  ${d.indicatorId} · ${areaName(d.area)} · ${d.period}: officielt ${number.format(d.official)}, dokumentet ${number.format(d.document)} (${d.where})`,
    );
    lines.push(...capped(differences, '  '));
  }
  lines.push(
    '',
    `I alt: ${number.format(added)} tilføjet, ${number.format(changed)} ændret, ${number.format(rejected)} afvist.`,
  );
  lines.push(report.written ? `Skrevet: ${report.written}` : 'Intet skrevet (prøvekørsel).');
  return lines.join('\n');
}
