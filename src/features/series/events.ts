import type { Plan, SeriesBreak } from '@/contract';
import { strings } from '@/lib/strings';

/** Reforms and shocks from the plans, and breaks in the official series, placed on the time axis. */

export type EventMark = {
  readonly id: string;
  readonly label: string;
  /** A break is where an official series starts counting something else (a reform changed the rules). */
  readonly kind: 'reform' | 'chok' | 'databrud';
  readonly date: string;
  /** The date at midnight UTC, in ms. */
  readonly x: number;
  readonly source: string;
};

type PlanLike = Pick<Plan, 'title' | 'events'>;

/** Every event of every plan and every series break once, by date; only those inside the window [min, max). */
export function eventMarks(
  plans: readonly PlanLike[],
  breaks: readonly SeriesBreak[],
  window: { min: number; max: number },
): EventMark[] {
  const byId = new Map<string, EventMark>();
  for (const b of breaks) {
    const id = `brud-${b.table}-${b.date}`;
    byId.set(id, {
      id,
      label: `${b.label}: ${b.description}`,
      kind: 'databrud',
      date: b.date,
      x: Date.parse(`${b.date}T00:00:00Z`),
      source: strings.sources.table(strings.sources.publisher.jobindsats, b.table),
    });
  }
  for (const plan of plans) {
    for (const e of plan.events) {
      if (byId.has(e.id)) continue;
      byId.set(e.id, {
        id: e.id,
        label: e.label,
        kind: e.kind,
        date: e.date,
        x: Date.parse(`${e.date}T00:00:00Z`),
        source: `${plan.title}, ${e.provenance.location}`,
      });
    }
  }
  return [...byId.values()]
    .filter((e) => e.x >= window.min && e.x < window.max)
    .sort((a, b) => a.x - b.x || a.label.localeCompare(b.label, 'da'));
}

/**
 * The number each event carries in the chart and in the list below it. Events
 * on the same date share a number, as they share one line in the chart: a
 * short number stands above the plot, where a sentence would be cut off or
 * drawn across the data.
 */
export function eventNumbers(events: readonly EventMark[]): ReadonlyMap<number, number> {
  const numbers = new Map<number, number>();
  for (const e of events) if (!numbers.has(e.x)) numbers.set(e.x, numbers.size + 1);
  return numbers;
}

/**
 * Which row each event's number stands in above the plot, by its date (sorted): 0 just above it, 1 a row
 * higher where the event before it is nearer than `minGap` and in the lower row, so no two numbers touch.
 */
export function eventLabelLevels(dates: readonly number[], minGap: number): ReadonlyMap<number, 0 | 1> {
  const levels = new Map<number, 0 | 1>();
  let previous: number | undefined;
  for (const x of dates) {
    const raise = previous !== undefined && x - previous < minGap && levels.get(previous) === 0;
    levels.set(x, raise ? 1 : 0);
    previous = x;
  }
  return levels;
}
