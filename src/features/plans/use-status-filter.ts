import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { TARGET_STATUSES, type TargetStatus } from '@/domain/status';

/** The status filter lives in the URL (?status=ikke-naaet,i-risiko); empty means every status. */
export const STATUS_PARAM = 'status';

export function parseStatusFilter(value: string | null): TargetStatus[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  return TARGET_STATUSES.filter((s) => wanted.has(s));
}

export function useStatusFilter(): [TargetStatus[], (next: TargetStatus[]) => void] {
  const [params, setParams] = useSearchParams();
  const selected = parseStatusFilter(params.get(STATUS_PARAM));
  const setSelected = useCallback(
    (next: TargetStatus[]) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next.length === 0) copy.delete(STATUS_PARAM);
          else copy.set(STATUS_PARAM, TARGET_STATUSES.filter((s) => next.includes(s)).join(','));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [selected, setSelected];
}
