import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The one way a page keeps a choice in its address (?omraade=ishoej), so a
 * link shows what the sender saw and the back button is not flooded: every
 * change replaces the current history entry. A param that equals its default
 * is left out of the address. The change is applied at once (flushSync), not
 * as a transition: a checkbox or date field bound to the address would
 * otherwise spring back to its old value until the transition commits.
 */
export type UrlParam<T> = {
  readonly name: string;
  readonly parse: (value: string | null) => T;
  /** The value as written in the address; null for the default, which is left out. */
  readonly format: (value: T) => string | null;
};

export function useUrlState<T>(param: UrlParam<T>): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  const value = param.parse(params.get(param.name));
  const { name, format } = param;
  const setValue = useCallback(
    (next: T) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          const written = format(next);
          if (written === null) copy.delete(name);
          else copy.set(name, written);
          return copy;
        },
        { replace: true, flushSync: true },
      ),
    [setParams, name, format],
  );
  return [value, setValue];
}
