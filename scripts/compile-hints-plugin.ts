import type { Plugin } from 'vite';

/**
 * Marks the app's files whose functions run as a page loads with V8's
 * explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and
 * later; a comment to every other browser): the entry and every file it
 * imports, which every page runs, and ECharts, which runs nearly all of
 * itself to draw a chart.
 *
 * Without the hint V8 compiles each function on the page's thread the first
 * time it is called, inside the task that evaluates the file; with it, it
 * compiles them beforehand on a background thread while the file streams in.
 * Measured at 1× CPU on the indicator page: evaluating the ECharts file took
 * the page's thread 49–103 ms before, 23–46 ms after.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

type Chunk = { name: string; isEntry: boolean; imports: readonly string[]; moduleIds: readonly string[] };

/** The file names of the chunks to mark: the entries with everything they import, and the one that holds ECharts. */
export function hintedChunks(chunks: ReadonlyMap<string, Chunk>): Set<string> {
  const hinted = new Set<string>();
  const visit = (file: string) => {
    if (hinted.has(file) || !chunks.has(file)) return;
    hinted.add(file);
    for (const imported of chunks.get(file)!.imports) visit(imported);
  };
  for (const [file, chunk] of chunks) {
    if (chunk.isEntry || chunk.moduleIds.some((id) => /[\\/]src[\\/]lib[\\/]echarts\.ts$/.test(id))) visit(file);
  }
  return hinted;
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'pejlemaerke:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions to the top of a file (the entry's list of its chunks' styles).
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map<string, Chunk>();
        for (const [file, output] of Object.entries(bundle)) if (output.type === 'chunk') chunks.set(file, output);
        for (const file of hintedChunks(chunks)) {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') continue;
          // The hint counts only as the file's very first line.
          chunk.code = COMPILE_HINT + chunk.code;
          // A source map (SOURCEMAP=true), already written out, maps the code one line further down.
          const map = bundle[`${file}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') map.source = shiftedMap(map.source);
        }
      },
    },
  };
}

/** A source map's JSON with every mapping one generated line down: a line with no mappings goes first. */
export function shiftedMap(json: string): string {
  const map = JSON.parse(json) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}
