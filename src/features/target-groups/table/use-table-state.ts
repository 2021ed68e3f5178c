import { functionalUpdate, type Updater } from '@tanstack/react-table';
import { useCallback } from 'react';
import { useSearchState, type SearchCodec } from '@/lib/use-url-state';
import { parseTableState, writeTableState, type TableUrlState } from './table-url';

// The codec's own reading of an empty address, so "reset" can never drift from it.
const EMPTY: TableUrlState = parseTableState(new URLSearchParams());

const tableCodec: SearchCodec<TableUrlState> = { parse: parseTableState, write: writeTableState };

/** The table's sorting, filters and search, in the address (src/lib/use-url-state.ts). */
export function useTableState() {
  const [state, setState] = useSearchState(tableCodec);
  const update = useCallback(
    <K extends keyof TableUrlState>(key: K, updater: Updater<TableUrlState[K]>) =>
      setState((previous) => ({ ...previous, [key]: functionalUpdate(updater, previous[key]) })),
    [setState],
  );
  const reset = useCallback(() => setState(EMPTY), [setState]);
  return { state, update, reset };
}
