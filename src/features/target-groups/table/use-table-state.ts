import { functionalUpdate, type Updater } from '@tanstack/react-table';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseTableState, writeTableState, type TableUrlState } from './table-url';

// The codec's own reading of an empty address, so "reset" can never drift from it.
const EMPTY: TableUrlState = parseTableState(new URLSearchParams());

/**
 * The table state lives in the address (replacing the history entry, not
 * adding one). Writing the address is an asynchronous navigation, so the
 * table works from a local copy that changes at once; the copy follows the
 * address whenever something else changes it (back, forward, a link).
 */
export function useTableState() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => parseTableState(params));
  const latest = useRef(state);
  const written = useRef(params.toString());

  useEffect(() => {
    if (params.toString() === written.current) return;
    written.current = params.toString();
    latest.current = parseTableState(params);
    setState(latest.current);
  }, [params]);

  const write = useCallback(
    (next: TableUrlState) => {
      latest.current = next;
      setState(next);
      setParams(
        (current) => {
          const out = writeTableState(next, current);
          written.current = out.toString();
          return out;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setParams],
  );
  const update = useCallback(
    <K extends keyof TableUrlState>(key: K, updater: Updater<TableUrlState[K]>) =>
      write({ ...latest.current, [key]: functionalUpdate(updater, latest.current[key]) }),
    [write],
  );
  const reset = useCallback(() => write(EMPTY), [write]);
  return { state, update, reset };
}
