import { validateResource } from '@/contract';
import { indicatorBundlePath, TARGET_GROUP_TABLE_BUNDLE } from '@/api/page-bundles';
import { CROSS_SECTIONS_PATH, crossSectionPath, officialKeys, seriesKeysFor, seriesPath } from '@/api/series-keys';
import { HOME_AREAS } from '@/domain/areas';
import { chosenAreas, hasNationalStanding, orderAreas } from '@/domain/series-areas';
import type { ApiFiles } from './build-api';

/**
 * One request per page instead of one per series: for the overview, each
 * plan page, the målgruppe table and each indicator's series page, a bundle with every resource its first screen asks for,
 * keyed by the resource's own path (docs/api.md, "Page bundles"). The client
 * validates each resource in it by its own schema, as if fetched alone.
 * The series are chosen by the same functions the pages use in the browser
 * (src/api/series-keys.ts), from the files as the API serves them.
 */

export type PageBundle = { resources: Record<string, unknown> };

const SHARED = ['index.json', 'plans.json', 'areas.json', 'target-groups.json', 'indicators.json'];

function bundle(files: ApiFiles, paths: readonly string[]): PageBundle {
  const resources: Record<string, unknown> = {};
  for (const path of paths) {
    const body = files.get(path);
    if (body === undefined) throw new Error(`Sidebundtet mangler ${path}, som siden henter.`);
    resources[path] = body;
  }
  return { resources };
}

export function addPageBundles(files: ApiFiles): void {
  const get = <T>(path: string, read: (body: unknown, path: string) => T) => read(files.get(path), path);
  const indicators = get('indicators.json', (b, p) => validateResource('indicators', b, p));
  const index = get('index.json', (b, p) => validateResource('index', b, p));
  const list = get('plans.json', (b, p) => validateResource('plans', b, p));
  const planPath = (id: string) => `plans/${id}.json`;
  const plans = list.map((p) => get(planPath(p.id), (b, path) => validateResource('plan', b, path)));
  const imported = new Set(index.official.map((o) => o.provenance.table));

  // The overview judges every plan's goals (current plans, earlier plans, "Siden sidste møde")
  // and shows the home kommuner's biggest movements on the official series.
  const allTargets = plans.flatMap((p) => p.targets);
  const overviewSeries = [
    ...seriesKeysFor(allTargets, indicators),
    ...officialKeys(indicators, imported, Object.values(HOME_AREAS)),
  ].map(seriesPath);
  files.set(
    'pages/overview.json',
    bundle(files, [...new Set([...SHARED, ...plans.map((p) => planPath(p.id)), ...overviewSeries])]),
  );

  // The målgruppe table: a row per series from the cross-sections, with the status of the newest goal set
  // for it, judged on the series every plan's goals need.
  files.set(
    TARGET_GROUP_TABLE_BUNDLE,
    bundle(files, [
      ...new Set([
        ...SHARED,
        ...plans.map((p) => planPath(p.id)),
        ...seriesKeysFor(allTargets, indicators).map(seriesPath),
        CROSS_SECTIONS_PATH,
      ]),
    ]),
  );

  for (const plan of plans) {
    const series = seriesKeysFor(plan.targets, indicators).map(seriesPath);
    files.set(`pages/plans/${plan.id}.json`, bundle(files, [...SHARED, planPath(plan.id), ...series]));
  }

  // An indicator's series page, as it opens without a choice in the address: its default areas, the series
  // its targets are judged on, every plan (targets and events) and, where most kommuner have the series,
  // every area's newest values.
  for (const indicator of indicators) {
    const areas = chosenAreas(orderAreas(indicator.areas), undefined).map((area) => ({
      indicatorId: indicator.id,
      area,
    }));
    const targets = allTargets.filter((t) => t.indicatorId === indicator.id);
    const series = [...areas, ...seriesKeysFor(targets, indicators)].map(seriesPath);
    const latest = hasNationalStanding(indicator.areas) ? [crossSectionPath(indicator.id)] : [];
    files.set(
      indicatorBundlePath(indicator.id),
      bundle(files, [...new Set([...SHARED, ...plans.map((p) => planPath(p.id)), ...series, ...latest])]),
    );
  }
}
