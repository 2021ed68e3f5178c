import { useId } from 'react';
import { series as seriesStrings } from '@/lib/strings/series';
import type { YearRange } from '../series-data';

type Props = {
  years: readonly number[];
  range: YearRange;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
};

const r = seriesStrings.range;

/** From and to year. Choosing the full span clears the parameter, so the default link stays short. */
export function RangePicker({ years, range, onChange }: Props) {
  const fromId = useId();
  const toId = useId();
  const first = years[0];
  const last = years.at(-1);
  const set = (from: number, to: number) => {
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    onChange({ from: lo === first ? undefined : lo, to: hi === last ? undefined : hi });
  };
  return (
    <fieldset className="series-control range-picker">
      <legend>{r.legend}</legend>
      <div className="choice">
        <label htmlFor={fromId}>{r.from}</label>
        <select id={fromId} value={range.from} onChange={(e) => set(Number(e.target.value), range.to)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="choice">
        <label htmlFor={toId}>{r.to}</label>
        <select id={toId} value={range.to} onChange={(e) => set(range.from, Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
