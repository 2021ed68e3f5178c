import type { DatedValue, Goal } from './goal';
import type { Period } from './period';
import type { SourcedValue, ValueChoice } from './pick-value';
import type { Compared } from './threshold';
import type { Unit } from './units';

/** The status engine's vocabulary: what a target is judged on, and what the judgement says. */

export const TARGET_STATUSES = ['naaet', 'paa-vej', 'i-risiko', 'ikke-paa-vej', 'ikke-naaet', 'mangler-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export type TargetLevel = 'resultatmaal' | 'indsatsmaal' | 'retningsmaal';

export type StatusTarget = {
  readonly level?: TargetLevel | undefined;
  /** Absent for a milestone, which has no figure. */
  readonly indicatorId?: string | undefined;
  readonly area: string;
  readonly unit: Unit;
  readonly goal: Goal;
  readonly deadline: Period;
  readonly baseline?: DatedValue | undefined;
  readonly actuals: readonly SourcedValue[];
  /** What the document says in words about how it went. */
  readonly statedOutcome?: { readonly met: boolean; readonly text: string } | undefined;
  /** A retningsmål of a plan still in force: judged on the newest official figures, not at its deadline. */
  readonly openEnded?: boolean | undefined;
  /** The official tables that would give its figures, named when none are imported yet. */
  readonly officialTables?: readonly string[] | undefined;
};

export type Projection = { readonly value: number; readonly method: string };

export type StatusResult = {
  readonly status: TargetStatus;
  /** The value judged, chosen by pickValue, with its source and the other sources' figures. */
  readonly latest?: ValueChoice | undefined;
  /** The goal resolved to a number in the target's unit. */
  readonly threshold?: number | undefined;
  /** latest − threshold in the target's unit (procentpoint when the unit is a share). */
  readonly distance?: number | undefined;
  readonly distanceUnit?: Unit | undefined;
  readonly projection?: Projection | undefined;
  /** The value judged covers only part of the deadline period. */
  readonly partial: boolean;
  /** Judged on the document's own words ("hvilket da også er lykkedes"), not on a figure. */
  readonly stated?: { readonly met: boolean; readonly text: string } | undefined;
  /** For a retningsmål: whether it still holds, judged on the newest official figures. */
  readonly direction?: 'holds' | 'holds-narrowly' | 'fails' | undefined;
  /** The values a relative goal was judged against (the benchmark, the reference period). */
  readonly compared?: Compared | undefined;
  readonly reason?: string | undefined;
  /**
   * Why there is no value to judge, for the sentence builder: the deadline
   * passed without follow-up; no follow-up yet (only the plan's own figure);
   * no official series imported for a direction.
   */
  readonly missing?: 'expired' | 'not-yet' | 'no-official' | undefined;
  readonly notes: readonly string[];
};
