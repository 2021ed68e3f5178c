import { useMemo } from 'react';
import { usePlans } from '@/api/plans';

/** Source file → the plan's title, so sources read "Resultatrevision 2014, Figur 9" rather than a file name. */
export function useDocumentTitles(): ReadonlyMap<string, string> {
  const { data } = usePlans();
  return useMemo(() => new Map((data ?? []).map((p) => [p.document, p.title])), [data]);
}
