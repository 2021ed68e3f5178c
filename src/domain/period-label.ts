import { lazily } from './lazily';
import { parsePeriod, type ParseResult, type Period, type SimplePeriod } from './period';

/**
 * Danish period labels: formatting for the UI ("sep. 2021", "2. kvt. 2018")
 * and parsing of the forms the source documents use ("sep-21", "Sept-19",
 * "2.kv18", "3.kv18 – 2.kv19", "jan-juli 2015").
 */

const monthFormat = lazily(
  () => new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

function simpleLabel(p: SimplePeriod): string {
  switch (p.kind) {
    case 'month':
      return monthFormat().format(new Date(Date.UTC(p.year, p.month - 1, 1)));
    case 'quarter':
      return `${p.quarter}. kvt. ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

const longMonth = lazily(() => new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' }));

function simplePhrase(p: SimplePeriod): string {
  switch (p.kind) {
    case 'month':
      return longMonth().format(new Date(Date.UTC(p.year, p.month - 1, 1)));
    case 'quarter':
      return `${p.quarter}. kvartal ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

/** A period as a sentence says it: "juli 2026", "2. kvartal 2018", "september 2019 til juli 2020". */
export function periodPhrase(p: Period): string {
  return p.kind === 'range' ? `${simplePhrase(p.start)} til ${simplePhrase(p.end)}` : simplePhrase(p);
}

/** A period as Danish readers write it: "sep. 2021", "2. kvt. 2018–1. kvt. 2019". */
export function periodLabel(p: Period): string {
  if (p.kind !== 'range') return simpleLabel(p);
  if (p.start.kind === 'month' && p.end.kind === 'month' && p.start.year === p.end.year) {
    const from = monthFormat().format(new Date(Date.UTC(p.start.year, p.start.month - 1, 1)));
    const to = monthFormat().format(new Date(Date.UTC(p.end.year, p.end.month - 1, 1)));
    // "jan.–jul. 2015" reads better than repeating the year.
    return `${from.replace(/\s*\d{4}$/, '')}–${to}`;
  }
  return `${simpleLabel(p.start)}–${simpleLabel(p.end)}`;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januar: 1,
  feb: 2,
  februar: 2,
  mar: 3,
  marts: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function parseSimpleDanish(raw: string): SimplePeriod | null {
  const s = raw.trim().toLowerCase().replace(/\.$/, '');
  let m = /^(\d)\.?\s*(?:kv|kvt)\.?\s*(\d{2}|\d{4})$/.exec(s);
  if (m) return { kind: 'quarter', year: fullYear(m[2]!), quarter: Number(m[1]) };
  m = /^([a-zæøå]+)\.?[-\s]+(\d{2}|\d{4})$/.exec(s);
  if (m && MONTHS[m[1]!]) return { kind: 'month', year: fullYear(m[2]!), month: MONTHS[m[1]!]! };
  m = /^(\d{4})$/.exec(s);
  if (m) return { kind: 'year', year: Number(m[1]) };
  return null;
}

/**
 * Parses a Danish label from the documents. Falls back to the contract codes,
 * so anything `parsePeriod` accepts is accepted here too.
 */
export function parseDanishPeriod(label: string): ParseResult<Period> {
  const code = parsePeriod(label);
  if (code.ok) return code;
  const error = `Kan ikke læse perioden «${label}».`;
  const parts = label.split(/\s*[–-]\s*(?=\d\.?\s*kv|[a-zæøå]+[-\s.]|\d{4})/i);
  if (parts.length === 1) {
    const p = parseSimpleDanish(label);
    return p ? { ok: true, value: p } : { ok: false, error };
  }
  // "jan-juli 2015": the year is written once, after the last month.
  const monthsOnly = /^([a-zæøå]+)-([a-zæøå]+)\.?\s+(\d{4})$/i.exec(label.trim());
  if (monthsOnly && MONTHS[monthsOnly[1]!.toLowerCase()] && MONTHS[monthsOnly[2]!.toLowerCase()]) {
    const year = Number(monthsOnly[3]);
    return {
      ok: true,
      value: {
        kind: 'range',
        start: { kind: 'month', year, month: MONTHS[monthsOnly[1]!.toLowerCase()]! },
        end: { kind: 'month', year, month: MONTHS[monthsOnly[2]!.toLowerCase()]! },
      },
    };
  }
  if (parts.length !== 2) return { ok: false, error };
  const start = parseSimpleDanish(parts[0]!);
  const end = parseSimpleDanish(parts[1]!);
  if (!start || !end) return { ok: false, error };
  return { ok: true, value: { kind: 'range', start, end } };
}
