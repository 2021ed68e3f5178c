import { z } from 'zod';
import {
  areaCodeSchema,
  documentProvenanceSchema,
  idSchema,
  optionalTextSchema,
  periodSchema,
  pointSchema,
  targetGroupIdSchema,
  textSchema,
} from './primitives';

/**
 * A goal as data, not prose. Relative goals keep the rule (reduce by 15 %
 * from the baseline) and, when the document also states the resulting number
 * (388), that number as `statedValue`, so both can be checked.
 */
const comparatorSchema = z.enum(['lt', 'le', 'ge', 'gt']);

const GOAL_KINDS = [
  'at-most',
  'at-least',
  'reach-count',
  'change-by-percent',
  'close-gap',
  'relative-to-period',
  'relative-to-benchmark',
  'gap-narrows',
  'milestone',
] as const;

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
    /** "at or below the national level": judged against the benchmark's value for the same period. */
    z.strictObject({
      kind: z.literal('relative-to-benchmark'),
      comparator: comparatorSchema,
      benchmarkArea: areaCodeSchema,
    }),
    /** "the gap to the national level narrows": the gap now against the gap in the reference period. */
    z.strictObject({ kind: z.literal('gap-narrows'), benchmarkArea: areaCodeSchema, referencePeriod: periodSchema }),
    /** Something to get done, not a figure: judged only by what the document says happened. */
    z.strictObject({ kind: z.literal('milestone') }),
  ],
  {
    message: `Ukendt måltype (kind skal være en af: ${GOAL_KINDS.join(', ')})`,
  },
);

/** What a document says in words about how a goal went ("hvilket da også er lykkedes"). */
export const statedOutcomeSchema = z.strictObject({
  met: z.boolean(),
  text: textSchema,
  provenance: documentProvenanceSchema,
});

export const TARGET_LEVELS = ['resultatmaal', 'indsatsmaal', 'retningsmaal'] as const;

export const targetSchema = z
  .strictObject({
    id: idSchema,
    /**
     * resultatmål are the plan's adopted goals; indsatsmål the action goals below them; retningsmål a
     * direction a pejlemærke states in words, which the dashboard reads as a measurable goal (see `reading`).
     */
    level: z.enum(TARGET_LEVELS),
    targetGroupId: targetGroupIdSchema,
    /** Absent only for a milestone, which has no figure. */
    indicatorId: idSchema.optional(),
    area: areaCodeSchema,
    title: textSchema,
    /** The goal as the document words it. */
    statement: textSchema,
    baseline: pointSchema.optional(),
    goal: goalSchema,
    deadline: periodSchema,
    /** Follow-up figures the documents state for this target. */
    actuals: z.array(pointSchema),
    statedOutcome: statedOutcomeSchema.optional(),
    /** For a retningsmål: which measurable reading of the words the dashboard uses, and why. */
    reading: optionalTextSchema,
    provenance: documentProvenanceSchema,
  })
  .superRefine((t, ctx) => {
    if (t.level === 'retningsmaal' && !t.reading) {
      ctx.addIssue({
        code: 'custom',
        path: ['reading'],
        message: 'Et retningsmål skal sige, hvordan planens ord måles',
      });
    }
    if (t.level !== 'retningsmaal' && t.reading) {
      ctx.addIssue({ code: 'custom', path: ['reading'], message: 'Kun et retningsmål har en afledt måling' });
    }
    if ((t.goal.kind === 'milestone') !== (t.indicatorId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['indicatorId'],
        message: 'En milepæl har ingen indikator; alle andre mål skal have én',
      });
    }
  });
