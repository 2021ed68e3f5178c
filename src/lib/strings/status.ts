import type { TargetStatus } from '@/domain/status';

/** The status engine's words. Each status has a word and a symbol, so colour is never the only signal. */
export const status = {
  label: {
    naaet: 'Nået',
    'paa-vej': 'På vej',
    'i-risiko': 'I risiko',
    'ikke-paa-vej': 'Ikke på vej',
    'ikke-naaet': 'Ikke nået',
    'mangler-data': 'Mangler data',
  } satisfies Record<TargetStatus, string>,
  icon: {
    naaet: '✓',
    'paa-vej': '↗',
    'i-risiko': '!',
    'ikke-paa-vej': '↘',
    'ikke-naaet': '✕',
    'mangler-data': '?',
  } satisfies Record<TargetStatus, string>,
  summaryLabel: 'Status for målene',
  partial: 'foreløbig: opgørelsen dækker ikke hele perioden',
  projected: (value: string, method: string) => `Fremskrevet: ${value} (${method})`,
  distance: {
    over: (v: string) => `${v} over målet`,
    under: (v: string) => `${v} under målet`,
    exact: 'præcis på målet',
  },
  computing: 'Beregner status …',
  failed: 'Status kan ikke beregnes: tallene kunne ikke hentes.',
  projectedShort: 'Fremskrevet',
  statusWord: 'Status',
  openSeries: 'Se udviklingen',
  openSeriesFor: (title: string) => `Se udviklingen for ${title}`,
  basis: 'Vurderet på',
  filterLegend: 'Vis mål med status',
  filterClear: 'Vis alle',
  filteredOut: 'Ingen mål med den valgte status og det valgte område.',
  shown: (shown: number, total: number) => `Viser ${shown} af ${total} mål`,
} as const;
