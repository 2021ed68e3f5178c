import type { IndicatorListItem } from '@/contract';
import { series as seriesStrings } from '@/lib/strings/series';

type Related = { readonly indicator: IndicatorListItem; readonly note: string };

type Props = {
  related: readonly Related[];
  chosen: string | undefined;
  onChange: (indicatorId: string | undefined) => void;
};

const s = seriesStrings.related;

/**
 * Measures close to this one but not the same (Jobindsats' faktiske ledighed
 * against Danmarks Statistik's sæsonkorrigerede), drawn beside it on request,
 * with the note that says why they differ: two measures, not a contradiction.
 */
export function RelatedToggle({ related, chosen, onChange }: Props) {
  if (related.length === 0) return null;
  const active = related.find((r) => r.indicator.id === chosen);
  return (
    <fieldset className="series-control related">
      <legend>{s.legend}</legend>
      {related.map((r) => (
        <label key={r.indicator.id} className="check">
          <input
            type="checkbox"
            checked={chosen === r.indicator.id}
            onChange={(e) => onChange(e.target.checked ? r.indicator.id : undefined)}
          />
          {r.indicator.name}
        </label>
      ))}
      {active && <p className="hint related-note">{active.note}</p>}
    </fieldset>
  );
}
