import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The pages' text comes in the five sizes of the type scale in src/app/styles.css (:root, --text-*): the
 * browser sets up each size of a face on its own before the first line is laid out, and the overview once
 * had 24 sizes. The wall screen (sized to the screen), print and the meeting pack have their own.
 */
const SHEETS = [
  'src/app/styles.css',
  'src/features/series/series.css',
  'src/features/target-groups/table.css',
  'src/features/target-groups/target-groups.css',
];
// Labels inside the bullet chart's SVG, drawn in its own coordinates.
const CHART_LABELS = ['.bullet-tick text', '.bullet-goal-label'];

/** Every font-size declaration in a stylesheet, with the selector of its rule. */
function fontSizes(css: string): { selector: string; value: string }[] {
  const out: { selector: string; value: string }[] = [];
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const size of rule[2]!.matchAll(/font-size:\s*([^;]+);/g)) {
      out.push({ selector: rule[1]!.trim(), value: size[1]!.trim() });
    }
  }
  return out;
}

describe('the type scale', () => {
  it('is all the sizes the pages’ stylesheets use', () => {
    const odd = SHEETS.flatMap((file) =>
      fontSizes(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))
        .filter((s) => !CHART_LABELS.includes(s.selector) && !/^var\(--text-[a-z]+\)$/.test(s.value))
        .map((s) => `${file}: ${s.selector} { font-size: ${s.value} }`),
    );
    expect(odd).toEqual([]);
  });

  it('has five steps', () => {
    const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
    expect([...css.matchAll(/--text-[a-z]+: [0-9.]+rem;/g)]).toHaveLength(5);
  });

  it('finds a size outside the scale', () => {
    expect(fontSizes('.a { color: red; font-size: 0.9rem; }\n.b { font-size: var(--text-small); }')).toEqual([
      { selector: '.a', value: '0.9rem' },
      { selector: '.b', value: 'var(--text-small)' },
    ]);
  });
});
