import type { Period } from './period';

/** A target's goal as data. Mirrors the contract's goal schema (see docs/api.md). */
export type Comparator = 'lt' | 'le' | 'ge' | 'gt';

export type Goal =
  | { readonly kind: 'at-most'; readonly value: number }
  | { readonly kind: 'at-least'; readonly value: number }
  | { readonly kind: 'reach-count'; readonly value: number }
  | { readonly kind: 'change-by-percent'; readonly percent: number; readonly statedValue?: number | undefined }
  | { readonly kind: 'close-gap'; readonly benchmarkArea: string; readonly points: number }
  | {
      readonly kind: 'relative-to-period';
      readonly comparator: Comparator;
      readonly referencePeriod: Period;
      readonly statedValue?: number | undefined;
    }
  | { readonly kind: 'relative-to-benchmark'; readonly comparator: Comparator; readonly benchmarkArea: string }
  | { readonly kind: 'gap-narrows'; readonly benchmarkArea: string; readonly referencePeriod: Period }
  | { readonly kind: 'milestone' };

export type DatedValue = { readonly period: Period; readonly value: number };

export function compare(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case 'lt':
      return value < threshold;
    case 'le':
      return value <= threshold;
    case 'ge':
      return value >= threshold;
    case 'gt':
      return value > threshold;
  }
}

/** Whether a higher value is better under this comparator. */
export function higherIsBetter(comparator: Comparator): boolean {
  return comparator === 'ge' || comparator === 'gt';
}
