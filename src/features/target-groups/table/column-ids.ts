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

export const isColumnId = (id: string): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id);

export const FILTERABLE_COLUMNS = [
  'maalgruppe',
  'indikator',
  'omraade',
  'status',
  'kilde',
] as const satisfies readonly ColumnId[];
export type FilterableColumn = (typeof FILTERABLE_COLUMNS)[number];

export const isFilterableColumn = (id: string): id is FilterableColumn =>
  (FILTERABLE_COLUMNS as readonly string[]).includes(id);

export const GROUPABLE_COLUMNS = ['maalgruppe'] as const satisfies readonly ColumnId[];

/** Right-aligned, with tabular figures. */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(['vaerdi', 'aendring', 'aendring-pct']);

/** What a row is about: kept in view while the figures scroll sideways, with their fixed widths in rem. */
export const STICKY_WIDTHS: Readonly<Partial<Record<ColumnId, number>>> = { maalgruppe: 9, indikator: 16, omraade: 8 };

export type StickyPlace = {
  /** Offset from the left edge in rem: the widths of the identifying columns shown before it. */
  readonly left: number;
  readonly first: boolean;
  readonly last: boolean;
};

/** Where each visible identifying column sticks: after the ones before it. */
export function stickyLayout(visible: readonly string[]): Map<string, StickyPlace> {
  const sticky = visible.filter(isColumnId).filter((id) => STICKY_WIDTHS[id] !== undefined);
  let left = 0;
  return new Map(
    sticky.map((id, i) => {
      const place = { left, first: i === 0, last: i === sticky.length - 1 };
      left += STICKY_WIDTHS[id] ?? 0;
      return [id, place];
    }),
  );
}
