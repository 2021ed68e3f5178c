import { parseAreaChoice, type AreaChoice } from '@/domain/area-choice';
import { urlParam, useSearchState } from './use-url-state';

/** The area choice lives in the URL (?omraade=ishoej) so a link shows what the sender saw. */
export const AREA_PARAM = 'omraade';

const areaParam = urlParam<AreaChoice>({
  name: AREA_PARAM,
  parse: parseAreaChoice,
  format: (choice) => (choice === 'begge' ? null : choice),
});

export const useAreaChoice = () => useSearchState(areaParam);
