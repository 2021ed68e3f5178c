import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_IDS, STICKY_WIDTHS, stickyLayout } from '../../src/features/target-groups/table/column-ids';

// The identifying columns' widths and offsets are classes (a prerendered table refuses style attributes), the
// layout is computed from STICKY_WIDTHS: every place the layout can give must have its rule in the stylesheet.
const css = readFileSync(new URL('../../src/features/target-groups/table.css', import.meta.url), 'utf8');
const rule = (selector: string) => new RegExp(`\\.tg-table \\.${selector} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
const rem = (n: number) => (n === 0 ? '0' : `${n}rem`);

const sticky = COLUMN_IDS.filter((id) => STICKY_WIDTHS[id] !== undefined);
/** Every choice of visible columns, as far as the identifying ones go: each subset of them. */
const subsets = Array.from({ length: 2 ** sticky.length }, (_, mask) => sticky.filter((_, i) => mask & (1 << i)));

describe('sticky columns', () => {
  it('have their width in the stylesheet, as STICKY_WIDTHS gives it', () => {
    expect(sticky.length).toBeGreaterThan(1);
    for (const id of sticky) {
      const width = `${STICKY_WIDTHS[id]}rem`;
      expect(rule(`sticky-${id}`), id).toContain(`width: ${width};`);
      expect(rule(`sticky-${id}`), id).toContain(`min-width: ${width};`);
      expect(rule(`sticky-${id}`), id).toContain(`max-width: ${width};`);
    }
  });

  it('have a rule for every offset any choice of visible columns gives', () => {
    const offsets = new Set(subsets.flatMap((visible) => [...stickyLayout(visible).values()].map((p) => p.left)));
    expect([...offsets].sort((a, b) => a - b)).toEqual([0, 9, 16, 25]);
    for (const left of offsets) expect(rule(`sticky-at-${left}`), String(left)).toContain(`left: ${rem(left)};`);
  });
});
