import { isWholeCountUnit, type Unit } from '@/domain/units';
import { strings } from './strings';

/** Numbers as Danish readers expect them: "2.503", "5,5 %", "2.058.120 kr.". */

const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});
const date = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' });

export function formatNumber(value: number, unit?: Unit): string {
  return unit && isWholeCountUnit(unit) && Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** A value with its unit: "34 personer", "5,5 %", "0,5 procentpoint". */
export function formatValue(value: number, unit: Unit): string {
  const number = formatNumber(value, unit);
  const suffix = strings.units[unit](value);
  if (!suffix) return number;
  // Danish typography puts a (non-breaking) space before %.
  return `${number}\u00a0${suffix}`;
}

export function formatPercent(value: number): string {
  return `${decimal.format(value)}\u00a0%`;
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** An ISO calendar date ("2020-01-01") as "1. januar 2020". */
export function formatIsoDate(isoDate: string): string {
  return date.format(new Date(`${isoDate}T00:00:00Z`));
}
