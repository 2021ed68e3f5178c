import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The pages' text comes in the five sizes of the type scale in src/app/styles.css (:root, --text-*), at 400
 * or 700: the browser sets up each size and weight of a face on its own before the first line is laid out,
 * and the overview once had 24 sizes. The wall screen (sized to the screen), print and the meeting pack have
 * their own sizes. What the first paint draws is checked in the browser too
 * (test/browser/first-screen-fonts.browser.test.ts).
 */
const SHEETS = [
  'src/app/styles.css',
  'src/features/series/series.css',
  'src/features/target-groups/table.css',
  'src/features/target-groups/target-groups.css',
];
const WEIGHT_SHEETS = [
  ...SHEETS,
  'src/features/kiosk/components/kiosk.css',
  'src/features/meeting-pack/components/meeting-pack.css',
];

/** Every declaration of a property in a stylesheet, with the selector of its rule. */
function declarations(css: string, property: string): { selector: string; value: string }[] {
  const out: { selector: string; value: string }[] = [];
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const d of rule[2]!.matchAll(new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`, 'g'))) {
      out.push({ selector: rule[1]!.trim(), value: d[1]!.trim() });
    }
  }
  return out;
}
const fontSizes = (css: string) => declarations(css, 'font-size');
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('the type scale', () => {
  it('is all the sizes the pages’ stylesheets use', () => {
    const odd = SHEETS.flatMap((file) =>
      fontSizes(read(file))
        .filter((s) => !/^var\(--text-[a-z]+\)$/.test(s.value))
        .map((s) => `${file}: ${s.selector} { font-size: ${s.value} }`),
    );
    expect(odd).toEqual([]);
  });

  it('comes in two weights, 400 and 700, everywhere', () => {
    const odd = WEIGHT_SHEETS.flatMap((file) =>
      declarations(read(file), 'font-weight')
        .filter((d) => !['400', '700', 'normal', 'bold'].includes(d.value))
        .map((d) => `${file}: ${d.selector} { font-weight: ${d.value} }`),
    );
    expect(odd).toEqual([]);
  });

  it('is upright on the overview and the plan pages', () => {
    expect(declarations(read('src/app/styles.css'), 'font-style').filter((d) => d.value !== 'normal')).toEqual([]);
  });

  it('has five steps', () => {
    const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
    expect([...css.matchAll(/--text-[a-z]+: [0-9.]+rem;/g)]).toHaveLength(5);
  });

  it('finds a size outside the scale, and a weight', () => {
    expect(fontSizes('.a { color: red; font-size: 0.9rem; }\n.b { font-size: var(--text-small); }')).toEqual([
      { selector: '.a', value: '0.9rem' },
      { selector: '.b', value: 'var(--text-small)' },
    ]);
    expect(declarations('.a {\n  font-weight: 600;\n  --font-weight: 2;\n}', 'font-weight')).toEqual([
      { selector: '.a', value: '600' },
    ]);
  });
});
