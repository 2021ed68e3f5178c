import { comparePeriods, periodEnd, samePeriod, type Period } from './period';
import type { Provenance } from './provenance';

/**
 * The one rule for which value is judged and shown when several sources give
 * a figure for the same period. Every view (cards, status, tables, charts,
 * the wall screen) goes through here, so they can never disagree.
 *
 * - An official figure beats a document's: the publisher's own, later number.
 *   A document figure that differs is then a revision ("revideret"), not a
 *   contradiction. Among official figures the latest retrieved wins.
 * - Between documents the first listed wins (the dataset keeps each
 *   document's own order), and a different figure is a contradiction.
 * - Synthetic development values are used only where nothing sourced exists.
 */

export type SourcedValue = {
  readonly period: Period;
  readonly value: number;
  readonly provenance: Provenance;
  readonly provisional?: true | undefined;
  readonly note?: string | undefined;
};

/** How another source's figure for the same period relates to the chosen one. */
export type Relation = 'same' | 'revision' | 'conflict';

export type ValueChoice<P extends SourcedValue = SourcedValue> = {
  readonly period: Period;
  readonly value: number;
  readonly point: P;
  /** The other sourced figures for the period (synthetic ones are never listed). */
  readonly others: readonly { readonly point: P; readonly relation: Relation }[];
  /** Some other source gave a different value. */
  readonly disputed: boolean;
};

const RANK = { official: 0, document: 1, synthetic: 2 } as const;

function better(a: SourcedValue, b: SourcedValue): boolean {
  const ra = RANK[a.provenance.kind];
  const rb = RANK[b.provenance.kind];
  if (ra !== rb) return ra < rb;
  if (a.provenance.kind === 'official' && b.provenance.kind === 'official') {
    return a.provenance.retrieved > b.provenance.retrieved;
  }
  return false;
}

function relation(other: SourcedValue, chosen: SourcedValue): Relation {
  if (other.value === chosen.value) return 'same';
  return chosen.provenance.kind === 'official' && other.provenance.kind === 'document' ? 'revision' : 'conflict';
}

/** Chooses among figures for one period (all given for the same period). */
export function choose<P extends SourcedValue>(points: readonly P[]): ValueChoice<P> | undefined {
  let chosen: P | undefined;
  for (const p of points) if (!chosen || better(p, chosen)) chosen = p;
  if (!chosen) return undefined;
  const winner = chosen;
  const others = points
    .filter((p) => p !== winner && (p.provenance.kind !== 'synthetic' || winner.provenance.kind === 'synthetic'))
    .map((point) => ({ point, relation: relation(point, winner) }));
  return {
    period: winner.period,
    value: winner.value,
    point: winner,
    others,
    disputed: others.some((o) => o.relation !== 'same'),
  };
}

/** One chosen value per period, oldest first. */
export function valuesByPeriod<P extends SourcedValue>(points: readonly P[]): ValueChoice<P>[] {
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const out: ValueChoice<P>[] = [];
  let group: P[] = [];
  const flush = () => {
    const choice = choose(group);
    if (choice) out.push(choice);
    group = [];
  };
  for (const p of sorted) {
    if (group.length > 0 && !samePeriod(group[0]!.period, p.period)) flush();
    group.push(p);
  }
  flush();
  return out;
}

/** The chosen value for `period`, if any source gives one. */
export function valueAt<P extends SourcedValue>(points: readonly P[], period: Period): ValueChoice<P> | undefined {
  return choose(points.filter((p) => samePeriod(p.period, period)));
}

/** The newest chosen value; with `until`, the newest whose period had ended by then. */
export function latestValue<P extends SourcedValue>(points: readonly P[], until?: Date): ValueChoice<P> | undefined {
  return latestChoice(valuesByPeriod(points), until);
}

/** As latestValue, from values already chosen per period (valuesByPeriod), for a caller that keeps them. */
export function latestChoice<P extends SourcedValue>(
  values: readonly ValueChoice<P>[],
  until?: Date,
): ValueChoice<P> | undefined {
  if (!until) return values.at(-1);
  return values.filter((v) => periodEnd(v.period).getTime() <= until.getTime()).at(-1);
}
