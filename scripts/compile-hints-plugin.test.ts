import { describe, expect, it } from 'vitest';
import { hintedChunks, shiftedMap } from './compile-hints-plugin';

const chunk = (imports: string[], { isEntry = false, moduleIds = [] as string[] } = {}) => ({
  name: 'x',
  isEntry,
  imports,
  moduleIds,
});

describe('hintedChunks', () => {
  it('marks the entry with every file it imports, however deep, and the file that holds ECharts', () => {
    const chunks = new Map([
      ['index.js', chunk(['vendor.js', 'api-client.js'], { isEntry: true })],
      ['vendor.js', chunk(['runtime.js'])],
      ['api-client.js', chunk(['runtime.js'])],
      ['runtime.js', chunk([])],
      [
        'echarts.js',
        chunk(['runtime.js'], { moduleIds: ['/app/node_modules/echarts/core.js', '/app/src/lib/echarts.ts'] }),
      ],
      ['plan-page.js', chunk(['vendor.js'])],
      ['kiosk-page.js', chunk(['echarts-option.js'], { moduleIds: ['/app/src/lib/echarts-option.ts'] })],
      ['echarts-option.js', chunk([])],
    ]);
    expect([...hintedChunks(chunks)].sort()).toEqual([
      'api-client.js',
      'echarts.js',
      'index.js',
      'runtime.js',
      'vendor.js',
    ]);
  });

  it('marks nothing where nothing is an entry or ECharts, and skips an import outside the bundle', () => {
    expect(hintedChunks(new Map([['a.js', chunk(['b.js'])]])).size).toBe(0);
    expect([...hintedChunks(new Map([['a.js', chunk(['elsewhere.js'], { isEntry: true })]]))]).toEqual(['a.js']);
  });
});

describe('shiftedMap', () => {
  it('moves every mapping one line down and keeps the rest of the map', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' };
    expect(JSON.parse(shiftedMap(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA;AACA' });
  });
});
