import { series as seriesStrings } from '@/lib/strings/series';
import type { SeriesView } from '../series-params';

const v = seriesStrings.view;

/** Chart or table: two buttons, the pressed one is the current view. */
export function ViewToggle({ view, onChange }: { view: SeriesView; onChange: (view: SeriesView) => void }) {
  return (
    <div className="series-control view-toggle" role="group" aria-label={v.label}>
      {(['diagram', 'tabel'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="toggle"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {option === 'diagram' ? v.chart : v.table}
        </button>
      ))}
    </div>
  );
}
