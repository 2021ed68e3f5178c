import { useMemo } from 'react';
import { ErrorState, LoadingState } from '@/components/query-state';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { parseComparePeriod } from '../table/row-model';
import { useTableRows } from '../table/use-table-rows';
import { useTableState } from '../table/use-table-state';
import { RowsTable } from './rows-table';
import '../table.css';

const t = targetGroupStrings.table;

/** Every indicator of every målgruppe in one sortable, filterable table, its whole state in the address. */
export function TargetGroupTablePage() {
  const tableState = useTableState();
  const period = tableState.state.period;
  const compare = useMemo(() => parseComparePeriod(period || null), [period]);
  const data = useTableRows(compare);
  return (
    <div className="tg-table-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {data.error ? <ErrorState error={data.error} onRetry={data.retry} compact /> : null}
      {data.pending ? <LoadingState /> : <RowsTable rows={data.rows} months={data.months} {...tableState} />}
    </div>
  );
}
