/**
 * The document dataset: every file that holds sourced figures. It is read by
 * the mocked API and the static export, never by the app bundle, which gets
 * its data over HTTP like it would from a real server.
 */
import areas from './areas.json';
import targetGroups from './target-groups.json';
import commonIndicators from './indicators/common.json';
import rr2014Indicators from './indicators/rr2014.json';
import as2015Indicators from './indicators/as2015.json';
import bp2020Indicators from './indicators/bp2020.json';
import bp2022Indicators from './indicators/bp2022.json';
import bp2023Indicators from './indicators/bp2023.json';
import rr2014 from './plans/rr2014.json';
import as2015 from './plans/as2015.json';
import bp2020 from './plans/bp2020.json';
import bp2022 from './plans/bp2022.json';
import bp2023 from './plans/bp2023.json';
import official from './official.json';

export type RawDataset = {
  areas: unknown;
  targetGroups: unknown;
  /** File name (relative to data/) → contents. */
  indicatorFiles: Record<string, unknown>;
  planFiles: Record<string, unknown>;
  /** Series imported from the official statistics (scripts/import): data/official.json. */
  official?: unknown;
};

export const rawDataset: RawDataset = {
  areas,
  targetGroups,
  indicatorFiles: {
    'indicators/common.json': commonIndicators,
    'indicators/rr2014.json': rr2014Indicators,
    'indicators/as2015.json': as2015Indicators,
    'indicators/bp2020.json': bp2020Indicators,
    'indicators/bp2022.json': bp2022Indicators,
    'indicators/bp2023.json': bp2023Indicators,
  },
  planFiles: {
    'plans/rr2014.json': rr2014,
    'plans/as2015.json': as2015,
    'plans/bp2020.json': bp2020,
    'plans/bp2022.json': bp2022,
    'plans/bp2023.json': bp2023,
  },
  official,
};
