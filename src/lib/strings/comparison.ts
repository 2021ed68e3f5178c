/** The national comparison: rank among the kommuner, the median kommune, the klynge. */
export const comparison = {
  heading: 'Sammenlignet med landets kommuner',
  intro: (period: string, provisional: boolean) =>
    `Alle kommuner sammenlignes på samme måned: ${period}${provisional ? ' (foreløbige tal)' : ''}.`,
  caption: (indicator: string, period: string) => `${indicator}: placering blandt kommunerne, ${period}`,
  area: 'Område',
  value: (period: string) => `Værdi, ${period}`,
  rank: 'Placering',
  median: 'I forhold til medianen',
  rankOf: (rank: number, of: number) => `nr. ${rank} af ${of}`,
  medianRow: 'Mediankommunen',
  klynge: 'Klyngekommune',
  national: 'Hele landet',
  noValue: 'intet tal for måneden',
  older: (period: string) => `nyeste tal er fra ${period}`,
  rankExplained: {
    'lower-is-better': 'Nr. 1 har den laveste værdi, som er det bedste for denne indikator.',
    'higher-is-better': 'Nr. 1 har den højeste værdi, som er det bedste for denne indikator.',
    neutral: 'Nr. 1 har den højeste værdi; indikatoren har ingen bedre eller dårligere retning.',
  },
  countCaveat:
    'Et antal afhænger af, hvor stor kommunen er. Placeringen siger derfor mest om størrelse; sammenlign hellere med en andel.',
  within: 'inden for én standardafvigelse af medianen',
  deviation: (side: 'over' | 'under', count: boolean) =>
    side === 'over'
      ? `markant ${count ? 'flere' : 'højere'} end medianen`
      : `markant ${count ? 'færre' : 'lavere'} end medianen`,
  favourable: (good: boolean) => (good ? 'gunstigt' : 'ugunstigt'),
  standardDeviation: (value: string) => `Standardafvigelsen mellem kommunerne er ${value}.`,
  unavailable: 'Sammenligningen med de andre kommuner kunne ikke hentes.',
} as const;
