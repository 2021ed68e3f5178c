import { HOME_AREAS, JOINT_JOBCENTER, NATIONAL_AREA } from '@/domain/areas';

/**
 * How each area is drawn. Every area gets its own colour AND its own symbol
 * and line pattern, so the lines can be told apart without seeing colour
 * (WCAG 1.4.1). All colours have at least 3:1 contrast against white (1.4.11).
 */

export type LineType = 'solid' | 'dashed' | 'dotted' | number[];

export type AreaStyle = {
  readonly color: string;
  readonly symbol: string;
  readonly lineType: LineType;
};

const FIXED: Readonly<Record<string, AreaStyle>> = {
  [HOME_AREAS.ishoej]: { color: '#0b5cad', symbol: 'circle', lineType: 'solid' },
  [HOME_AREAS.vallensbaek]: { color: '#b34700', symbol: 'rect', lineType: 'solid' },
  [JOINT_JOBCENTER]: { color: '#1d7a35', symbol: 'triangle', lineType: 'solid' },
  [NATIONAL_AREA]: { color: '#3d3d3d', symbol: 'diamond', lineType: 'dotted' },
};

// Comparators: each its own colour, symbol and dash pattern, none shared with the fixed areas.
const COMPARATORS: readonly AreaStyle[] = [
  { color: '#7b2d8e', symbol: 'roundRect', lineType: [8, 3, 2, 3] },
  { color: '#00707a', symbol: 'pin', lineType: [12, 4] },
  { color: '#a3195b', symbol: 'arrow', lineType: [2, 2, 8, 2] },
  { color: '#6b5300', symbol: 'emptyCircle', lineType: [6, 6] },
  { color: '#4b4fa6', symbol: 'emptyRect', lineType: [10, 2, 2, 2, 2, 2] },
  { color: '#8a3b12', symbol: 'emptyTriangle', lineType: [1, 3] },
];

/** The style of each area in `codes`; comparators are styled by their place among the comparators. */
export function areaStyles(codes: readonly string[]): Map<string, AreaStyle> {
  const out = new Map<string, AreaStyle>();
  let next = 0;
  for (const code of codes) {
    const fixed = FIXED[code];
    if (fixed) out.set(code, fixed);
    else out.set(code, COMPARATORS[next++ % COMPARATORS.length]!);
  }
  return out;
}

/**
 * Targets are drawn in their own colours, never an area's, so a goal is not read as a measurement.
 * series.css gives the target list the same colours (.series-target-0 …): a class, not a style attribute,
 * which a prerendered page's policy refuses.
 */
export const TARGET_COLORS: readonly string[] = ['#a11d1d', '#8c4a00', '#5a3d99', '#006b5e'];

export const EVENT_COLOR = '#4a5360';
