import { z } from 'zod';
import { AREA_KINDS, AREA_ROLES } from '@/domain/areas';
import {
  areaCodeSchema,
  documentProvenanceSchema,
  idSchema,
  isoDateSchema,
  officialProvenanceSchema,
  optionalTextSchema,
  periodSchema,
  pointSchema,
  statementSchema,
  targetGroupIdSchema,
  textSchema,
} from './primitives';
import { indicatorSchema } from './series';
import { targetSchema } from './targets';

/** The resources of API v1. See docs/api.md. */

export const API_VERSION = 1;

export const areaSchema = z.strictObject({
  code: areaCodeSchema,
  name: textSchema,
  kind: z.enum(AREA_KINDS),
  /** Kommuner a joint jobcenter or aggregate covers. */
  members: z.array(areaCodeSchema).optional(),
  /** Why the app knows this area: its own kommuner, a benchmark, or a comparator a document names. */
  role: z.enum(AREA_ROLES),
  note: optionalTextSchema,
});
export const areasSchema = z.array(areaSchema);

export const definitionSchema = z.strictObject({
  term: textSchema,
  text: textSchema,
  provenance: documentProvenanceSchema,
});

export const targetGroupSchema = z.strictObject({
  id: targetGroupIdSchema,
  name: textSchema,
  description: textSchema,
});
export const targetGroupsSchema = z.array(targetGroupSchema);

export const reformSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  summary: textSchema,
  /** When it took effect, if the document says. */
  effectiveFrom: isoDateSchema.optional(),
  agreed: periodSchema.optional(),
  provenance: documentProvenanceSchema,
});

/** Events to mark on time axes: reforms taking effect and shocks such as the corona shutdown. */
export const eventSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  kind: z.enum(['reform', 'chok']),
  date: isoDateSchema,
  provenance: documentProvenanceSchema,
});

export const pejlemaerkeSectionSchema = z.strictObject({
  targetGroupIds: z.array(targetGroupIdSchema).min(1),
  heading: textSchema,
  items: z.array(textSchema).min(1),
  provenance: documentProvenanceSchema,
});

export const fundingSchema = z.strictObject({
  funder: textSchema,
  amountKr: z.number().nonnegative().optional(),
  period: periodSchema.optional(),
  note: optionalTextSchema,
});

export const projectSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  targetGroupIds: z.array(targetGroupIdSchema),
  description: textSchema,
  period: periodSchema.optional(),
  status: optionalTextSchema,
  funding: z.array(fundingSchema),
  /** Money the project needs, as the plan states it: a requirement, not funding granted. */
  budgetNeed: z.strictObject({ amountKr: z.number().nonnegative(), note: textSchema }).optional(),
  provenance: documentProvenanceSchema,
});

export const PLAN_KINDS = ['beskaeftigelsesplan', 'resultatrevision', 'aktiveringsstrategi'] as const;

const planHeaderShape = {
  id: idSchema,
  kind: z.enum(PLAN_KINDS),
  title: textSchema,
  /** The year the plan (or the revision) is about. */
  year: z.number().int().min(2000).max(2100),
  /** When the document was published or finished, as precisely as it says. */
  published: periodSchema.optional(),
  issuer: textSchema,
  areas: z.array(areaCodeSchema).min(1),
  document: documentProvenanceSchema.shape.document,
};

export const planSummarySchema = z.strictObject({
  ...planHeaderShape,
  targetCount: z.number().int().nonnegative(),
});
export const planListSchema = z.array(planSummarySchema);

const planShape = {
  ...planHeaderShape,
  summary: textSchema,
  ministerialGoals: z.array(statementSchema),
  localFocusAreas: z.array(statementSchema),
  reforms: z.array(reformSchema),
  events: z.array(eventSchema),
  pejlemaerker: z.array(pejlemaerkeSectionSchema),
  projects: z.array(projectSchema),
  definitions: z.array(definitionSchema),
  targets: z.array(targetSchema),
  /** What the transcription could not read or had to decide; shown with the sources, never in the summary. */
  transcriptionNotes: z.array(textSchema).optional(),
};

/** Each target knows the plan it belongs to, so a view can tell a plan in force from a superseded one. */
export const planSchema = z.strictObject(planShape).transform((plan) => ({
  ...plan,
  targets: plan.targets.map((t) => ({ ...t, planId: plan.id })),
}));

/** One official table in the dataset: how new its figures are and where they were fetched. */
export const officialTableSummarySchema = z.strictObject({
  provenance: officialProvenanceSchema,
  /** The newest period any of its series has. */
  newest: periodSchema,
  measures: z.number().int().positive(),
  areas: z.number().int().positive(),
});

export const apiIndexSchema = z.strictObject({
  apiVersion: z.literal(API_VERSION),
  /** When the dataset was assembled. Not the age of any figure: each figure carries its own period. */
  generated: z.string().datetime({ offset: true }),
  counts: z.strictObject({
    plans: z.number().int(),
    targets: z.number().int(),
    indicators: z.number().int(),
    series: z.number().int(),
    points: z.number().int(),
  }),
  official: z.array(officialTableSummarySchema),
});

/**
 * A plan's source file in data/plans: the plan plus the figures it states
 * that are not a target's baseline or follow-up.
 */
export const observationSchema = pointSchema.extend({
  indicatorId: idSchema,
  area: areaCodeSchema,
});

export const planSourceSchema = z.strictObject({ ...planShape, observations: z.array(observationSchema) });

export const indicatorFileSchema = z.array(indicatorSchema);

export type Area = z.output<typeof areaSchema>;
export type TargetGroup = z.output<typeof targetGroupSchema>;
export type Point = z.output<typeof pointSchema>;
export type Plan = z.output<typeof planSchema>;
export type PlanSummary = z.output<typeof planSummarySchema>;
export type PlanSource = z.output<typeof planSourceSchema>;
export type Observation = z.output<typeof observationSchema>;
export type Target = Plan['targets'][number];
export type TargetSource = z.output<typeof targetSchema>;
export type Goal = Target['goal'];
export type Project = z.output<typeof projectSchema>;
export type ApiIndex = z.output<typeof apiIndexSchema>;
export type OfficialTableSummary = z.output<typeof officialTableSummarySchema>;
export type PlanSourceInput = z.input<typeof planSourceSchema>;
