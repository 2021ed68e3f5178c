import { dataAge } from '@/domain/data-age';
import { periodLabel } from '@/domain/period-label';
import type { SourcedValue } from '@/domain/pick-value';
import { strings } from './strings';

/**
 * How new a shown figure is, in the words every view uses: "Nyeste tal:
 * jul. 2026" for an official figure, "Seneste opfølgning i planen: dec. 2014"
 * for a document's. Always the figure's own period, never the time the
 * dataset was assembled.
 */

const s = strings.sources;

export type FigureDate = {
  readonly text: string;
  /** The publisher still calls the newest month foreløbig. */
  readonly provisional: boolean;
  /** An official series older than its cadence plus grace: newer figures exist but are not imported. */
  readonly overdue: boolean;
};

export function figureDate(point: SourcedValue | undefined, now: Date): FigureDate | undefined {
  const age = dataAge(point, now);
  if (!point || !age) return undefined;
  const period = periodLabel(point.period);
  const text =
    age.kind === 'official'
      ? s.newest(period)
      : age.kind === 'document'
        ? s.newestInPlan(period)
        : s.newestSynthetic(period);
  return { text, provisional: age.provisional, overdue: age.overdue };
}

/** The same as one line of text, for charts' text alternatives, tooltips and print. */
export function figureDateText(point: SourcedValue | undefined, now: Date): string | undefined {
  const d = figureDate(point, now);
  if (!d) return undefined;
  return [d.text, d.provisional ? `(${s.provisional})` : '', d.overdue ? `– ${s.stale}` : ''].filter(Boolean).join(' ');
}
