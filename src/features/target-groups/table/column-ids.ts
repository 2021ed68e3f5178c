/** The table's columns by id; the ids are also what the address uses. */
export const COLUMN_IDS = [
  'maalgruppe',
  'indikator',
  'omraade',
  'vaerdi',
  'periode',
  'aendring',
  'aendring-pct',
  'maal',
  'status',
  'kilde',
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

export const FILTERABLE_COLUMNS = [
  'maalgruppe',
  'indikator',
  'omraade',
  'status',
  'kilde',
] as const satisfies readonly ColumnId[];
export type FilterableColumn = (typeof FILTERABLE_COLUMNS)[number];

export const GROUPABLE_COLUMNS = ['maalgruppe'] as const satisfies readonly ColumnId[];

/** Right-aligned, with tabular figures. */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(['vaerdi', 'aendring', 'aendring-pct']);
