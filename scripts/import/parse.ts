import { periodCode, type SimplePeriod } from '@/domain/period';
import { parseDanishPeriod } from '@/domain/period-label';

/**
 * The sources' own notation → the contract's: period codes (2024M01,
 * 2023QMAT02, 2023K3, «januar 2024») and Danish numbers («1.234,5», «..»).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function quarterBack(year: number, quarter: number, steps: number): SimplePeriod {
  const index = year * 4 + (quarter - 1) - steps;
  return { kind: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

function monthBack(year: number, month: number, steps: number): SimplePeriod {
  const index = year * 12 + (month - 1) - steps;
  return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A source period as a contract period code, e.g. 2023QMAT02 → "2022Q3/2023Q2". */
export function toPeriodCode(raw: string): Parsed<string> {
  const s = raw.trim().replace(/^"|"$/g, '');
  if (/^l\(/i.test(s)) return { ok: false, reason: `«${s}» er en forespørgsel (seneste perioder), ikke en periode` };
  let m = /^(\d{4})M(\d{2})$/i.exec(s);
  if (m) return code({ kind: 'month', year: Number(m[1]), month: Number(m[2]) }, s);
  m = /^(\d{4})[QK]([1-4])$/i.exec(s);
  if (m) return code({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) }, s);
  // Moving annual total: the four quarters (or twelve months) ending in the one named.
  m = /^(\d{4})QMAT0?([1-4])$/i.exec(s);
  if (m) {
    const end = { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) } as const;
    return range(quarterBack(end.year, end.quarter, 3), end, s);
  }
  m = /^(\d{4})MMAT(\d{2})$/i.exec(s);
  if (m) {
    const end = { kind: 'month', year: Number(m[1]), month: Number(m[2]) } as const;
    return range(monthBack(end.year, end.month, 11), end, s);
  }
  const danish = parseDanishPeriod(s);
  if (danish.ok) return { ok: true, value: periodCode(danish.value) };
  return { ok: false, reason: `ukendt periode «${s}»` };
}

function code(p: SimplePeriod, raw: string): Parsed<string> {
  if (p.kind === 'month' && (p.month < 1 || p.month > 12)) return { ok: false, reason: `ukendt periode «${raw}»` };
  return { ok: true, value: periodCode(p) };
}

function range(start: SimplePeriod, end: SimplePeriod, raw: string): Parsed<string> {
  const a = code(start, raw);
  const b = code(end, raw);
  return a.ok && b.ok ? { ok: true, value: `${a.value}/${b.value}` } : { ok: false, reason: `ukendt periode «${raw}»` };
}

/** A figure as Danish sources write it. «..» and «-» mean suppressed or missing: never a zero. */
export function toNumber(raw: unknown): Parsed<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : bad(raw);
  if (typeof raw !== 'string') return bad(raw);
  const s = raw.trim().replace(/^"|"$/g, '').replace(/\s/g, '');
  if (s === '..' || s === '.' || s === '-' || s === '') {
    return { ok: false, reason: `værdien «${raw}» er undertrykt eller mangler` };
  }
  let normal = s;
  if (s.includes(',')) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return bad(raw);
  return { ok: true, value: Number(normal) };
}

function bad(raw: unknown): Parsed<number> {
  return { ok: false, reason: `værdien «${String(raw)}» er ikke et tal` };
}

/** Semicolon-separated values, with "quoted" cells that may hold semicolons. */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') {
        if (quoted && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = !quoted;
      } else if (ch === ';' && !quoted) {
        cells.push(cell.trim());
        cell = '';
      } else cell += ch;
    }
    cells.push(cell.trim());
    rows.push(cells);
  }
  return rows;
}
