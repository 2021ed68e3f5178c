import { TARGET_STATUSES, type TargetStatus } from '@/domain/status';
import { urlParam, useSearchState } from '@/lib/use-url-state';

/** The status filter lives in the URL (?status=ikke-naaet,i-risiko); empty means every status. */
export const STATUS_PARAM = 'status';

export function parseStatusFilter(value: string | null): TargetStatus[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  return TARGET_STATUSES.filter((s) => wanted.has(s));
}

const statusParam = urlParam<TargetStatus[]>({
  name: STATUS_PARAM,
  parse: parseStatusFilter,
  format: (next) => (next.length === 0 ? null : TARGET_STATUSES.filter((s) => next.includes(s)).join(',')),
});

export const useStatusFilter = () => useSearchState(statusParam);
