/**
 * The API's resources by path (docs/api.md), without zod: the client names a
 * failed resource by its kind before the contract's schemas have loaded.
 */

export const RESOURCE_KINDS = [
  'index',
  'plans',
  'plan',
  'areas',
  'targetGroups',
  'indicators',
  'crossSections',
  'crossSection',
  'series',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export function resourceKind(path: string): ResourceKind | undefined {
  if (path === 'index.json') return 'index';
  if (path === 'plans.json') return 'plans';
  if (/^plans\/[^/]+\.json$/.test(path)) return 'plan';
  if (path === 'areas.json') return 'areas';
  if (path === 'target-groups.json') return 'targetGroups';
  if (path === 'indicators.json') return 'indicators';
  if (path === 'latest.json') return 'crossSections';
  if (/^indicators\/[^/]+\/latest\.json$/.test(path)) return 'crossSection';
  if (/^indicators\/[^/]+\/[^/]+\.json$/.test(path)) return 'series';
  return undefined;
}
