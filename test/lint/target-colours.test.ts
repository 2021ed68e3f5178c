import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TARGET_COLORS } from '../../src/features/series/area-style';

// The target list takes its colours from classes (a prerendered page refuses style attributes), the chart from
// TARGET_COLORS: the two must not drift apart.
describe('target colours', () => {
  it('are the same in the target list’s stylesheet as in the chart, in the same order', () => {
    const css = readFileSync(new URL('../../src/features/series/series.css', import.meta.url), 'utf8');
    const listed = [...css.matchAll(/li\.series-target-(\d+) \{\s*border-left-color: (#[0-9a-f]+);/g)];
    expect(listed.map((m) => [Number(m[1]), m[2]])).toEqual(TARGET_COLORS.map((c, i) => [i, c]));
  });
});
