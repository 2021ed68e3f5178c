import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { echartsUrlPlugin } from './echarts-url-plugin';

// A small app shaped like ours: its entry preloads the charts module by URL and imports it lazily.
const root = mkdtempSync(join(tmpdir(), 'echarts-url-'));
mkdirSync(join(root, 'src/lib'), { recursive: true });
writeFileSync(join(root, 'src/lib/echarts.ts'), `export const echarts = { name: 'charts-module' };\n`);
writeFileSync(
  join(root, 'src/main.ts'),
  `import url from 'virtual:echarts-url';\nObject.assign(globalThis, { preload: url, load: () => import('./lib/echarts') });\n`,
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function chunks(ssr: boolean): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [echartsUrlPlugin()],
    build: {
      write: false,
      ...(ssr ? { ssr: join(root, 'src/main.ts') } : { rolldownOptions: { input: join(root, 'src/main.ts') } }),
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
}

describe('echartsUrlPlugin', () => {
  it("gives the entry the URL of the lazy import's own chunk, the only one holding the module", async () => {
    const built = await chunks(false);
    const holding = built.filter((c) => c.moduleIds.some((id) => id.endsWith('src/lib/echarts.ts')));
    expect(holding).toHaveLength(1);
    const entry = built.find((c) => c.isEntry && c.facadeModuleId?.endsWith('src/main.ts'))!;
    expect(entry.dynamicImports).toEqual([holding[0]!.fileName]);
    expect(entry.code).toContain(holding[0]!.fileName);
    expect(entry.code).not.toContain('ROLLUP_FILE_URL');
  });

  it('gives a server build (the prerender) no URL and no extra chunk', async () => {
    const built = await chunks(true);
    const entry = built.find((c) => c.isEntry)!;
    expect(entry.code).not.toContain('ROLLUP_FILE_URL');
    expect(entry.code).toMatch(/preload: (void 0|undefined)/);
  });
});
