/** "Siden sidste møde": what changed since a date the user picks. */
export const since = {
  heading: 'Siden sidste møde',
  dateLabel: 'Dato for sidste møde',
  intro: (date: string) =>
    `Sammenligner med ${date}: status som den var på dagen, på de tal hvis periode var slut, og de officielle tal, der var de nyeste dengang.`,
  invalid: 'Datoen i adressen kunne ikke bruges; viser i stedet tre måneder tilbage.',
  changesHeading: 'Mål, der har skiftet status',
  noChanges: (date: string) => `Ingen mål har skiftet status siden ${date}.`,
  before: 'Før',
  after: 'Nu',
  movementsHeading: 'Største bevægelser i de officielle tal',
  movementsIntro:
    'For Ishøj og Vallensbæk, størst ændring i forhold til niveauet først. Bedre og dårligere følger indikatorens retning.',
  noMovements: (date: string) => `Ingen officielle tal er kommet til siden ${date}.`,
  movement: (subject: string, area: string, from: string, to: string, change: string) =>
    `${subject} i ${area}: ${from} → ${to} (${change})`,
  verdict: { better: 'bedre', worse: 'dårligere', neutral: 'uden retning', unchanged: 'uændret' },
  verdictIcon: { better: '▲', worse: '▼', neutral: '●', unchanged: '=' },
  loading: 'Beregner ændringer …',
} as const;
