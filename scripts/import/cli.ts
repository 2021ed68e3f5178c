import { join, resolve } from 'node:path';
import { ImportError } from './config';
import { formatReport } from './report';
import { runImport, type SourceRequest } from './run';

/**
 * npm run data:import -- <kilde> … [--dry-run] [--config fil] [--official-dir mappe] [--retrieved ÅÅÅÅ-MM-DD]
 *   kilder: jobindsats | statistikbanken | csv <fil> --target <mål-id>
 * Exit code 0: written (rejections are listed, not fatal); 1: nothing written.
 */

const USAGE = `Brug: npm run data:import -- <kilde> … [--dry-run]
  kilder:  jobindsats                  (kræver miljøvariablen JOBINDSATS_API_KEY)
           statistikbanken
           csv <fil.csv> --target <id> (id fra data/import-config.json)
  valg:    --dry-run  vis rapporten uden at skrive
           --config <fil>  --official-dir <mappe>  --retrieved <ÅÅÅÅ-MM-DD>`;

const root = join(import.meta.dirname, '..', '..');

export function parseArgs(argv: readonly string[]) {
  const sources: SourceRequest[] = [];
  const opts = {
    configFile: join(root, 'data', 'import-config.json'),
    officialDir: join(root, 'data', 'official'),
    dryRun: false,
    today: new Date().toISOString().slice(0, 10),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (!v) throw new ImportError(`${arg} mangler en værdi.\n${USAGE}`);
      return v;
    };
    if (arg === 'jobindsats' || arg === 'statistikbanken') sources.push({ kind: arg });
    else if (arg === 'csv') {
      const file = value();
      if (argv[i + 1] !== '--target' || !argv[i + 2])
        throw new ImportError(`csv ${file} kræver --target <id>.\n${USAGE}`);
      sources.push({ kind: 'csv', file, targetId: argv[i + 2]! });
      i += 2;
    } else if (arg === '--dry-run') opts.dryRun = true;
    else if (arg === '--config') opts.configFile = value();
    else if (arg === '--official-dir') opts.officialDir = value();
    else if (arg === '--retrieved') {
      opts.today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new ImportError('--retrieved skal skrives ÅÅÅÅ-MM-DD.');
    } else throw new ImportError(`Ukendt argument «${arg}».\n${USAGE}`);
  }
  if (sources.length === 0) throw new ImportError(USAGE);
  return { sources, ...opts };
}

async function main() {
  try {
    const args = parseArgs(process.argv.slice(2));
    const report = await runImport({ ...args, env: process.env, log: (l) => console.error(l) });
    console.log(formatReport(report));
  } catch (e) {
    const message = e instanceof ImportError ? e.message : `Uventet fejl: ${(e as Error).stack ?? String(e)}`;
    console.error(`\nImporten fejlede; intet er ændret.\n${message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) void main();
