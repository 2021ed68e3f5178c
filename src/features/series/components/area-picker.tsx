import { areaStyles, type LineType } from '../area-style';
import { strings } from '@/lib/strings';

type Props = {
  available: readonly string[];
  selected: readonly string[];
  areaName: (code: string) => string;
  onChange: (areas: readonly string[] | undefined) => void;
};

function dashArray(type: LineType): string | undefined {
  if (Array.isArray(type)) return type.join(' ');
  return type === 'dotted' ? '2 3' : type === 'dashed' ? '6 4' : undefined;
}

/** One checkbox per area with a series; each shows the line it is drawn with. */
export function AreaPicker({ available, selected, areaName, onChange }: Props) {
  const styles = areaStyles(available);
  const toggle = (code: string, on: boolean) => {
    const next = available.filter((a) => (a === code ? on : selected.includes(a)));
    // All areas is the default, and the default needs no parameter.
    onChange(next.length === available.length ? undefined : next);
  };
  return (
    <fieldset className="series-control area-picker">
      <legend>{strings.series.areasLegend}</legend>
      {available.map((code) => {
        const style = styles.get(code)!;
        return (
          <label key={code} className="check">
            <input type="checkbox" checked={selected.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
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
    </fieldset>
  );
}
