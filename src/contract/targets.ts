import { z } from 'zod';
import {
  areaCodeSchema,
  documentProvenanceSchema,
  idSchema,
  periodSchema,
  pointSchema,
  targetGroupIdSchema,
} from './primitives';

/**
 * A goal as data, not prose. Relative goals keep the rule (reduce by 15 %
 * from the baseline) and, when the document also states the resulting number
 * (388), that number as `statedValue`, so both can be checked.
 */
const comparatorSchema = z.enum(['lt', 'le', 'ge', 'gt']);

export const goalSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('at-most'), value: z.number() }),
    z.strictObject({ kind: z.literal('at-least'), value: z.number() }),
    /** A count (jobs, forløb, people) to reach within the deadline period. */
    z.strictObject({ kind: z.literal('reach-count'), value: z.number().int().nonnegative() }),
    z.strictObject({
      kind: z.literal('change-by-percent'),
      /** Negative to reduce: -15 means "reduce by 15 % from the baseline". */
      percent: z.number(),
      statedValue: z.number().optional(),
    }),
    z.strictObject({
      kind: z.literal('close-gap'),
      /** The area whose level is the benchmark (Hele landet = 000). */
      benchmarkArea: areaCodeSchema,
      /** Percentage points by which the gap to the benchmark must shrink. */
      points: z.number().positive(),
    }),
    z.strictObject({
      kind: z.literal('relative-to-period'),
      /** "not above 2019" is le 2019; "fewer than in 2019" is lt 2019. */
      comparator: comparatorSchema,
      referencePeriod: periodSchema,
      statedValue: z.number().optional(),
    }),
  ],
  {
    message:
      'Ukendt måltype (kind skal være at-most, at-least, reach-count, change-by-percent, close-gap eller relative-to-period)',
  },
);

export const targetSchema = z.strictObject({
  id: idSchema,
  /** resultatmål are the plan's adopted goals; indsatsmål the action goals below them. */
  level: z.enum(['resultatmaal', 'indsatsmaal']),
  targetGroupId: targetGroupIdSchema,
  indicatorId: idSchema,
  area: areaCodeSchema,
  title: z.string().min(1),
  /** The goal as the document words it. */
  statement: z.string().min(1),
  baseline: pointSchema.optional(),
  goal: goalSchema,
  deadline: periodSchema,
  /** Follow-up figures the documents state for this target. */
  actuals: z.array(pointSchema),
  provenance: documentProvenanceSchema,
});
