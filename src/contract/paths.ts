import type { z } from 'zod';
import { apiIndexSchema, areasSchema, planListSchema, planSchema, targetGroupsSchema } from './resources';
import { crossSectionSchema, crossSectionsSchema, indicatorListSchema, seriesSchema } from './series';

/**
 * The API's resources by path (docs/api.md): what each file holds and the
 * schema it is validated with. The client names a failed resource by its kind,
 * and the wall screen re-validates what it saved by the same schema.
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

const SCHEMAS: Record<ResourceKind, z.ZodType> = {
  index: apiIndexSchema,
  plans: planListSchema,
  plan: planSchema,
  areas: areasSchema,
  targetGroups: targetGroupsSchema,
  indicators: indicatorListSchema,
  crossSections: crossSectionsSchema,
  crossSection: crossSectionSchema,
  series: seriesSchema,
};

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

export function schemaForPath(path: string): z.ZodType | undefined {
  const kind = resourceKind(path);
  return kind ? SCHEMAS[kind] : undefined;
}
