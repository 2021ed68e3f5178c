import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The one way a page keeps its choices in its address (?omraade=ishoej), so
 * a link shows what the sender saw. Every change replaces the current
 * history entry: ticking a box is not a new page for the back button.
 *
 * Writing the address is an asynchronous navigation. The hook therefore
 * shows the value just chosen at once (local, optimistic state) until the
 * address has caught up, so a checkbox or a date field never springs back;
 * when something else changes the address (back, forward, a link), the
 * address wins. All of it is derived during render, not copied in effects.
 */
export type SearchCodec<T> = {
  readonly parse: (params: URLSearchParams) => T;
  /** The address with `value` written into `current`; other params stay as they are. */
  readonly write: (value: T, current: URLSearchParams) => URLSearchParams;
};

type Optimistic<T> = { readonly value: T; readonly base: string; readonly written: string; readonly arrived: boolean };

export function useSearchState<T>(codec: SearchCodec<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  // Normalised, so "a,b" and "a%2Cb" are the same address.
  const search = new URLSearchParams(location.search).toString();
  const { parse, write } = codec;
  // Memoised on the string, so what is derived from the value keeps its identity between renders.
  const parsed = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  const [optimistic, setOptimistic] = useState<Optimistic<T> | null>(null);
  // Once the address has reached what was written, the old address no longer stands for the choice.
  if (optimistic && !optimistic.arrived && optimistic.written === search) {
    setOptimistic({ ...optimistic, arrived: true });
  }
  const showOptimistic =
    optimistic !== null && (search === optimistic.written || (!optimistic.arrived && search === optimistic.base));
  const value = showOptimistic ? optimistic.value : parsed;
  // Two changes in one event (a table's sort, then its filter) each build on the one before.
  const latest = useRef({ value, search });
  useLayoutEffect(() => {
    latest.current = { value, search };
  });
  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const base = latest.current.search;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(latest.current.value) : next;
      const written = write(resolved, new URLSearchParams(base)).toString();
      latest.current = { value: resolved, search: written };
      setOptimistic({ value: resolved, base, written, arrived: false });
      // Commas are legal in a query; keeping them readable keeps shared links readable.
      const readable = written.replace(/%2C/g, ',');
      void navigate({ search: readable ? `?${readable}` : '' }, { replace: true, preventScrollReset: true });
    },
    [navigate, write],
  );
  return [value, setValue];
}

/**
 * The codec of one param; the default is left out of the address. Made once
 * (a module constant, or in a state initialiser), so the hook's memo holds.
 */
export function urlParam<T>(param: {
  readonly name: string;
  readonly parse: (value: string | null) => T;
  /** The value as written in the address; null for the default. */
  readonly format: (value: T) => string | null;
}): SearchCodec<T> {
  return {
    parse: (params) => param.parse(params.get(param.name)),
    write: (value, current) => {
      const written = param.format(value);
      if (written === null) current.delete(param.name);
      else current.set(param.name, written);
      return current;
    },
  };
}
