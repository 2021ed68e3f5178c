import type { z } from 'zod';
import { apiIndexSchema, areasSchema, planListSchema, planSchema, targetGroupsSchema } from './resources';
import { crossSectionSchema, crossSectionsSchema, indicatorListSchema, seriesSchema } from './series';
import { resourceKind, type ResourceKind } from './resource-kind';
import { parseListInSlices, parseResource } from './validation-error';

export { RESOURCE_KINDS, resourceKind, type ResourceKind } from './resource-kind';

/**
 * The API's resources by path (docs/api.md): what each file holds and the
 * schema it is validated with. The client names a failed resource by its kind,
 * and the wall screen re-validates what it saved by the same schema.
 */

/** What each kind of resource holds once validated. */
export type ResourceTypes = {
  index: z.output<typeof apiIndexSchema>;
  plans: z.output<typeof planListSchema>;
  plan: z.output<typeof planSchema>;
  areas: z.output<typeof areasSchema>;
  targetGroups: z.output<typeof targetGroupsSchema>;
  indicators: z.output<typeof indicatorListSchema>;
  crossSections: z.output<typeof crossSectionsSchema>;
  crossSection: z.output<typeof crossSectionSchema>;
  series: z.output<typeof seriesSchema>;
};

const SCHEMAS: { [K in ResourceKind]: z.ZodType<ResourceTypes[K]> } = {
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

export function schemaForPath(path: string): z.ZodType | undefined {
  const kind = resourceKind(path);
  return kind ? SCHEMAS[kind] : undefined;
}

/** Validates `body` as a resource of `kind`, or throws a ContractError naming the file and fields. */
export function validateResource<K extends ResourceKind>(kind: K, body: unknown, path: string): ResourceTypes[K] {
  return parseResource(SCHEMAS[kind], body, path);
}

/** The resources that are long lists of large items, each validated on its own between pauses. */
const SLICED: {
  [K in ResourceKind]?: (body: unknown, path: string, pause: () => Promise<void>) => Promise<ResourceTypes[K]>;
} = {
  crossSections: (body, path, pause) => parseListInSlices(crossSectionSchema, body, path, pause),
};

/**
 * As validateResource, but a long list is validated in short tasks with `pause` between them: the page
 * stays responsive while the målgruppe table's 150 cross-sections are checked.
 */
export async function validateResourceInSlices<K extends ResourceKind>(
  kind: K,
  body: unknown,
  path: string,
  pause: () => Promise<void>,
): Promise<ResourceTypes[K]> {
  const sliced = SLICED[kind];
  return sliced ? sliced(body, path, pause) : validateResource(kind, body, path);
}
