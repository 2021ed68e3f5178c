import type { Table } from '@tanstack/react-table';
import { useId } from 'react';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { COLUMN_IDS } from '../table/column-ids';
import type { TableRow } from '../table/row-model';
import { filteredRows } from '../table/filtered-rows';
import { tableCsv } from '../table/table-csv';
import { downloadText } from '@/lib/download';

const t = targetGroupStrings.table;

type Props = {
  table: Table<TableRow>;
  globalFilter: string;
  onSearch: (value: string) => void;
  onReset: () => void;
};

export function TableToolbar({ table, globalFilter, onSearch, onReset }: Props) {
  const searchId = useId();
  const hintId = useId();
  const grouped = table.getState().grouping.includes('maalgruppe');
  return (
    <div className="tg-toolbar">
      <div className="tg-search">
        <label htmlFor={searchId}>{t.search}</label>
        <input
          id={searchId}
          type="search"
          aria-describedby={hintId}
          value={globalFilter}
          onChange={(e) => onSearch(e.target.value)}
        />
        <span id={hintId} className="hint">
          {t.searchHint}
        </span>
      </div>
      <label className="tg-check">
        <input
          type="checkbox"
          checked={grouped}
          onChange={(e) => table.setGrouping(e.target.checked ? ['maalgruppe'] : [])}
        />
        {t.groupByTargetGroup}
      </label>
      <details className="tg-columns">
        <summary>{t.columnsToggle}</summary>
        <fieldset>
          <legend className="visually-hidden">{t.columnsToggle}</legend>
          {COLUMN_IDS.map((id) => {
            const column = table.getColumn(id);
            return (
              column && (
                <label key={id} className="tg-check">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    disabled={id === 'indikator'}
                    onChange={(e) => column.toggleVisibility(e.target.checked)}
                  />
                  {t.columns[id]}
                </label>
              )
            );
          })}
        </fieldset>
      </details>
      <button type="button" className="button" onClick={() => downloadText(tableCsv(filteredRows(table)), t.csvFile)}>
        {t.csv}
      </button>
      <button type="button" className="button secondary" onClick={onReset}>
        {t.reset}
      </button>
    </div>
  );
}
