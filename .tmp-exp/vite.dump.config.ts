import base from '../vite.config';
import { writeFileSync } from 'node:fs';
export default {
  ...base,
  plugins: [
    ...(base.plugins ?? []),
    {
      name: 'dump',
      generateBundle(_o: unknown, bundle: Record<string, any>) {
        const out: Record<string, any> = {};
        for (const [f, c] of Object.entries(bundle)) if (c.type === 'chunk') out[f] = { imports: c.imports, dyn: c.dynamicImports, modules: Object.fromEntries(Object.entries(c.modules).map(([m, i]: [string, any]) => [m.replace(/.*node_modules\//, 'nm:').replace(/.*\/work\/main\//, ''), i.renderedLength])) };
        writeFileSync('.tmp-exp/chunks.json', JSON.stringify(out, null, 1));
      },
    },
  ],
};
