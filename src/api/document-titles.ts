import { useCallback } from 'react';
import type { DocumentTitle } from '@/lib/source-text';
import { usePlans } from './plans';

/** Source file → the plan's title, so sources read "Resultatrevision 2014, Figur 9", never a file name. */
export function useDocumentTitle(): DocumentTitle {
  const { data } = usePlans();
  return useCallback((file: string) => data?.find((p) => p.document === file)?.title, [data]);
}
