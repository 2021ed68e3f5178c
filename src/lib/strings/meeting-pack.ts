import type { Comparator } from '@/domain/goal';

/** Strings for the meeting pack (print view). */
export const meetingPack = {
  titlePrefix: 'Mødepakke:',
  kind: 'Type',
  printed: (date: string) => `Udskrevet ${date}`,
  print: 'Udskriv / gem som PDF',
  backToPlan: 'Tilbage til planen',
  targetsHeading: (n: number) => (n === 1 ? 'Planens mål (1)' : `Planens mål (${n})`),
  noTargets: 'Planen har ingen talfæstede mål. Dens pejlemærker står nedenfor.',
  tableCaption: 'Alle planens mål med udgangspunkt, målsætning, seneste opgørelse, status og kilde',
  tableRegion: 'Tabel over planens mål',
  columns: {
    target: 'Mål',
    baseline: 'Udgangspunkt',
    goal: 'Målsætning og frist',
    latest: 'Senest opgjort',
    status: 'Status',
    trend: 'Udvikling',
  },
  deadline: (period: string) => `Frist: ${period}`,
  none: '–',
  synthetic: 'syntetisk',
  partial: 'foreløbig',
  sources: { target: 'mål', baseline: 'udgangspunkt', latest: 'senest' },
  sourceSynthetic: 'Syntetisk udviklingsdata – ikke et rigtigt tal',
  sourceOfficial: (source: string, table: string, retrieved: string) => `${source} ${table} (hentet ${retrieved})`,
  summaryCount: (label: string, n: number) => `${label}: ${n}`,
  pejlemaerker: 'Pejlemærker pr. målgruppe',
  pejlemaerkerNone: 'Planen nævner ingen pejlemærker.',
  sparkline: {
    trend: (steps: string) => `Udvikling: ${steps}`,
    summary: (first: string, last: string, count: number, low: string, high: string) =>
      `Udvikling fra ${first} til ${last} over ${count} opgørelser; laveste ${low}, højeste ${high}`,
    step: (value: string, period: string) => `${value} (${period})`,
    goal: (comparator: string, value: string) => `mål ${comparator} ${value}`,
    comparators: { le: 'højst', lt: 'under', ge: 'mindst', gt: 'over' } satisfies Record<Comparator, string>,
    synthetic: 'kurven indeholder syntetiske værdier, som ikke er rigtige tal',
    syntheticNote: 'Indeholder syntetiske værdier',
    empty: 'Ingen tal at vise',
  },
} as const;
