import { KOMMUNER, NATIONAL_AREA } from '@/domain/areas';
import type { ImportReport } from './run';

/** The import report in Danish, for the analyst's terminal: added, changed, rejected, and disagreements. */

const SOURCE_NAMES = { jobindsats: 'Jobindsats', statistikbanken: 'Danmarks Statistik' } as const;
const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

function areaName(code: string): string {
  return code === NATIONAL_AREA ? 'Hele landet' : (KOMMUNER[code] ?? code);
}

export function formatReport(report: ImportReport): string {
  const lines: string[] = [`Import ${report.today}`];
  let added = 0;
  let changed = 0;
  let rejected = 0;
  for (const t of report.targets) {
    lines.push(
      '',
      `${SOURCE_NAMES[t.source]} ${t.table} → ${t.indicatorId}${t.latest ? ` (seneste periode i tabellen: ${t.latest})` : ''}`,
    );
    for (const s of t.series) {
      added += s.added.length;
      changed += s.changed.length;
      lines.push(
        `  ${areaName(s.area)} (${s.area}): ${s.added.length} tilføjet, ${s.changed.length} ændret, ${s.unchanged} uændret`,
      );
      for (const c of s.changed)
        lines.push(`    ændret ${c.period}: ${number.format(c.from)} → ${number.format(c.to)}`);
    }
    if (t.series.length === 0 && t.rejected.length === 0) lines.push('  ingen værdier i svaret');
    rejected += t.rejected.length;
    for (const r of t.rejected) lines.push(`  AFVIST ${r.where}: ${r.reason}`);
  }
  if (report.differences.length > 0) {
    lines.push(
      '',
      `Forskelle mellem officielle tal og dokumenternes tal (begge bevares): ${report.differences.length}`,
    );
    for (const d of report.differences) {
      lines.push(
        `  ${d.indicatorId} · ${areaName(d.area)} · ${d.period}: officielt ${number.format(d.official)}, dokumentet ${number.format(d.document)} (${d.where})`,
      );
    }
  }
  lines.push('', `I alt: ${added} tilføjet, ${changed} ændret, ${rejected} afvist.`);
  lines.push(report.written.length > 0 ? `Skrevet: ${report.written.join(', ')}` : 'Intet skrevet (prøvekørsel).');
  return lines.join('\n');
}
