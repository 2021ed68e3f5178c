import { useId } from 'react';
import { series as seriesStrings } from '@/lib/strings/series';
import type { YearRange } from '../series-data';

type Props = {
  years: readonly number[];
  /** Unknown until the series have loaded: the picker is there, disabled, so nothing moves when they arrive. */
  range: YearRange | undefined;
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
        <YearSelect id={fromId} years={years} value={range?.from} onChange={(from) => range && set(from, range.to)} />
      </div>
      <div className="choice">
        <label htmlFor={toId}>{r.to}</label>
        <YearSelect id={toId} years={years} value={range?.to} onChange={(to) => range && set(range.from, to)} />
      </div>
    </fieldset>
  );
}

type YearSelectProps = {
  id: string;
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number) => void;
};

function YearSelect({ id, years, value, onChange }: YearSelectProps) {
  if (value === undefined) {
    return (
      <select id={id} disabled>
        <option>{r.pending}</option>
      </select>
    );
  }
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}
