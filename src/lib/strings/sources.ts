import type { OfficialSource } from '@/domain/provenance';

/** How figures name where they come from, and how new they are. */
export const sources = {
  label: 'Kilde',
  publisher: {
    jobindsats: 'Jobindsats.dk (STAR)',
    statistikbanken: 'Danmarks Statistik',
  } satisfies Record<OfficialSource, string>,
  table: (publisher: string, table: string) => `${publisher}, tabel ${table}`,
  retrieved: (date: string) => `hentet ${date}`,
  fromArchive: (date: string) =>
    `hentet ${date} fra et offentligt arkiv af Jobindsats-udtræk, ikke direkte fra Jobindsats`,
  archiveRecord: (repository: string, path: string, commit: string) =>
    `Arkiv: ${repository}, ${path} (commit ${commit.slice(0, 7)})`,
  published: (date: string) => `offentliggjort ${date}`,
  nextUpdate: (date: string) => `næste opdatering ${date}`,
  licence: 'Licens: CC BY 4.0',
  synthetic: 'Syntetisk udviklingsdata – ikke et rigtigt tal',
  unknownDocument: 'Kildedokument',
  provisional: 'foreløbig',
  provisionalNote: 'Nyeste måned er foreløbig og kan blive revideret af udgiveren.',
  stale: 'forældet',
  staleNote: (period: string) =>
    `Udgiveren har nyere tal end ${period}, men de er ikke hentet endnu; tallene skal importeres igen.`,
  newest: (period: string) => `Nyeste tal: ${period}`,
  newestInPlan: (period: string) => `Seneste opfølgning i planen: ${period}`,
  newestSynthetic: (period: string) => `Syntetisk udviklingstal: ${period}`,
  revision: (value: string, source: string) => `revideret: senere opgjort til ${value} (${source})`,
  revisedFrom: (value: string, source: string) => `Tallet i ${source} var ${value}; senere revideret.`,
  conflict: (others: string) => `Kilderne er uenige om denne periode. Også angivet: ${others}.`,
  same: (source: string) => `Samme tal står i ${source}.`,
  suppressed: 'undertrykt af udgiveren (diskretioneret) – mangler, er ikke 0',
} as const;
