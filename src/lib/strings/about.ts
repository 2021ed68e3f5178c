/** The "Om data" page: the sources, the dataset's extent and its areas. */
export const about = {
  title: 'Om data',
  intro:
    'Pejlemærke viser kun tal, der kan spores til et kildedokument eller et officielt datasæt. Her er kilderne og omfanget af datasættet.',
  documents: 'Kildedokumenter',
  counts: 'Datasættet',
  countLabels: {
    plans: 'Planer',
    targets: 'Mål',
    indicators: 'Indikatorer',
    series: 'Tidsserier',
    points: 'Datapunkter',
  },
  assembled: 'Datasættet samlet',
  assembledNote:
    'Tidspunktet, datasættet blev samlet. Det er ikke tallenes alder: hvert tal står med sin egen periode.',
  official: 'Officielle tal',
  officialIntro:
    'Tal fra de officielle statistikker, som datasættet har hentet. Hver tabels nyeste måned er foreløbig og kan blive revideret.',
  officialTable: 'Tabel',
  officialMeasures: 'Målinger',
  officialNewest: 'Nyeste tal',
  officialRetrieved: 'Hentet',
  officialNext: 'Næste opdatering',
  officialNone: 'Datasættet har endnu ingen officielle tal.',
  officialMeasureCount: (measures: number, areas: number) => `${measures} målinger, ${areas} områder`,
  unknown: 'ikke oplyst',
  fileName: 'Filnavn',
  areas: 'Områder',
  areaCode: 'Kode',
  areaName: 'Navn',
  areaRole: 'Rolle',
  roles: {
    hjemkommune: 'Egen kommune',
    benchmark: 'Benchmark',
    sammenligning: 'Sammenligning (klynge)',
    kommune: 'Kommune',
  },
  otherKommuner: (n: number) =>
    `Desuden landets øvrige ${n} kommuner (Danmarks Statistiks kommunekoder), som de officielle tal dækker, og som hjemkommunerne sammenlignes med.`,
  targetGroups: 'Målgrupper',
} as const;
