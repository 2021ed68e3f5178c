import { useId, useState } from 'react';
import { series as seriesStrings } from '@/lib/strings/series';
import { areaStyles, type LineType } from '../area-style';
import { defaultAreas } from '@/domain/series-areas';

type Props = {
  available: readonly string[];
  selected: readonly string[];
  areaName: (code: string) => string;
  /** Areas the documents name (home, benchmarks, klynge) get a checkbox; the other kommuner are added from a list. */
  featured: (code: string) => boolean;
  onChange: (areas: readonly string[] | undefined) => void;
};

const s = seriesStrings;

function dashArray(type: LineType): string | undefined {
  if (Array.isArray(type)) return type.join(' ');
  return type === 'dotted' ? '2 3' : type === 'dashed' ? '6 4' : undefined;
}

/** One checkbox per shown area, each with the line it is drawn with, and a list to add any other kommune. */
export function AreaPicker({ available, selected, areaName, featured, onChange }: Props) {
  const styles = areaStyles(available);
  const addId = useId();
  const [toAdd, setToAdd] = useState('');
  const boxes = available.filter((a) => featured(a) || selected.includes(a));
  const others = available
    .filter((a) => !boxes.includes(a))
    .sort((a, b) => areaName(a).localeCompare(areaName(b), 'da'));
  const commit = (next: readonly string[]) => {
    const ordered = available.filter((a) => next.includes(a));
    const defaults = defaultAreas(available);
    // The default needs no parameter, so a shared default link stays short.
    const isDefault = ordered.length === defaults.length && ordered.every((a) => defaults.includes(a));
    onChange(isDefault ? undefined : ordered);
  };
  return (
    <fieldset className="series-control area-picker">
      <legend>{s.areasLegend}</legend>
      {boxes.map((code) => {
        const style = styles.get(code)!;
        return (
          <label key={code} className="check">
            <input
              type="checkbox"
              checked={selected.includes(code)}
              onChange={(e) => commit(e.target.checked ? [...selected, code] : selected.filter((a) => a !== code))}
            />
            <svg className="swatch" width="28" height="12" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="6"
                x2="27"
                y2="6"
                stroke={style.color}
                strokeWidth="3"
                strokeDasharray={dashArray(style.lineType)}
              />
            </svg>
            {areaName(code)}
          </label>
        );
      })}
      {others.length > 0 && (
        <div className="add-area">
          <label htmlFor={addId}>{s.addArea(others.length)}</label>
          <select id={addId} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
            <option value="">{s.chooseArea}</option>
            {others.map((code) => (
              <option key={code} value={code}>
                {areaName(code)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button secondary"
            disabled={toAdd === ''}
            onClick={() => {
              commit([...selected, toAdd]);
              setToAdd('');
            }}
          >
            {s.add}
          </button>
        </div>
      )}
    </fieldset>
  );
}
