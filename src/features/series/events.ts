import type { Plan } from '@/contract';

/** Reforms and shocks from the plans, placed on the time axis. */

export type EventMark = {
  readonly id: string;
  readonly label: string;
  readonly kind: 'reform' | 'chok';
  readonly date: string;
  /** The date at midnight UTC, in ms. */
  readonly x: number;
  readonly source: string;
};

type PlanLike = Pick<Plan, 'title' | 'events'>;

/** Every event of every plan once, by date; only those inside the window [min, max). */
export function eventMarks(plans: readonly PlanLike[], window: { min: number; max: number }): EventMark[] {
  const byId = new Map<string, EventMark>();
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

const SHORT = 28;

/** A label short enough to stand beside a line in the chart; the full text is in the list below it. */
export function shortLabel(label: string): string {
  if (label.length <= SHORT) return label;
  const cut = label.slice(0, SHORT);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}
