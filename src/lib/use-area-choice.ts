import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseAreaChoice, type AreaChoice } from '@/domain/area-choice';

/** The area choice lives in the URL (?omraade=ishoej) so a link shows what the sender saw. */
export const AREA_PARAM = 'omraade';

export function useAreaChoice(): [AreaChoice, (choice: AreaChoice) => void] {
  const [params, setParams] = useSearchParams();
  const choice = parseAreaChoice(params.get(AREA_PARAM));
  const setChoice = useCallback(
    (next: AreaChoice) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next === 'begge') copy.delete(AREA_PARAM);
          else copy.set(AREA_PARAM, next);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [choice, setChoice];
}
