import { describe, expect, it } from 'vitest';
import { cssString } from './css-string';

describe('a CSS string literal', () => {
  it('keeps ordinary Danish text as it is', () => {
    expect(cssString('Mødepakke: Beskæftigelsesplan 2022 (BP22)')).toBe('"Mødepakke: Beskæftigelsesplan 2022 (BP22)"');
  });

  it('escapes what could end the string or the rule', () => {
    const hostile = 'x"; } body { display: none } @page { content: "\\</style>\n';
    const out = cssString(hostile);
    expect(out.slice(1, -1)).not.toMatch(/["<>\n]/);
    expect(out).toBe('"x\\22 ; } body { display: none } @page { content: \\22 \\5c \\3c /style\\3e \\a "');
  });
});
