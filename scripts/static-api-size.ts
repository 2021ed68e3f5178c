import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The static API's size on disk and over the wire (gzip), file by file summed, and its largest files. */
export function staticApiSize(dir: string) {
  let files = 0;
  let bytes = 0;
  let gzip = 0;
  let largest = { path: '', bytes: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const content = readFileSync(path);
      files += 1;
      bytes += content.length;
      gzip += gzipSync(content).length;
      if (content.length > largest.bytes) largest = { path: relative(dir, path), bytes: content.length };
    }
  };
  walk(dir);
  const latest = readFileSync(join(dir, 'latest.json'));
  return { files, bytes, gzip, largest, latest: { bytes: latest.length, gzip: gzipSync(latest).length } };
}
