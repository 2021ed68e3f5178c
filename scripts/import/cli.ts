import { resolve } from 'node:path';
import { ImportError } from './config';
import { formatReport } from './report';
import { DEFAULT_OFFICIAL_FILE, runImport, type SourceRequest } from './run';

/**
 * npm run data:import -- <kilde> … [--dry-run] [--config fil] [--official fil] [--retrieved ÅÅÅÅ-MM-DD]
 * Exit code 0: written (rejections are listed, not fatal); 1: nothing written.
 */

export const USAGE = `Brug: npm run data:import -- <kilde> … [valg]
  kilder:  jobindsats-arkiv <mappe>      udtræk fra et offentligt arkiv, fx ../shared/data/jobindsats-2026-08
           jobindsats                    Jobindsats API v3 (kræver miljøvariablen JOBINDSATS_API_KEY)
           statistikbanken               Danmarks Statistiks Statistikbank (ingen nøgle)
           csv <fil.csv> --target <id> [--kolonne <navn>]
                                         en CSV-fil fra jobindsats.dk eller statistikbanken.dk; id er en
                                         måling i data/import-config.json, kolonnen den med værdierne
  valg:    --dry-run                     vis rapporten uden at skrive
           --config <fil>                en anden konfiguration end data/import-config.json
           --official <fil>              skriv til en anden fil end data/official.json
           --retrieved <ÅÅÅÅ-MM-DD>      hentedato (standard: i dag)
           -h, --help                    vis denne hjælp`;

export type CliArgs = {
  help: boolean;
  sources: SourceRequest[];
  configFile: string;
  officialFile: string;
  dryRun: boolean;
  today: string;
};

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    help: false,
    sources: [],
    configFile: resolve(import.meta.dirname, '..', '..', 'data', 'import-config.json'),
    officialFile: DEFAULT_OFFICIAL_FILE,
    dryRun: false,
    today: new Date().toISOString().slice(0, 10),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new ImportError(`${arg} mangler en værdi.\n\n${USAGE}`);
      return v;
    };
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === 'jobindsats' || arg === 'statistikbanken') args.sources.push({ kind: arg });
    else if (arg === 'jobindsats-arkiv') args.sources.push({ kind: arg, dir: resolve(value()) });
    else if (arg === 'csv') {
      const file = resolve(value());
      if (argv[i + 1] !== '--target' || !argv[i + 2])
        throw new ImportError(`csv ${file} kræver --target <id>.\n\n${USAGE}`);
      const measureId = argv[i + 2]!;
      i += 2;
      const column = argv[i + 1] === '--kolonne' ? argv[i + 2] : undefined;
      if (argv[i + 1] === '--kolonne' && !column) throw new ImportError(`--kolonne mangler et navn.\n\n${USAGE}`);
      if (column) i += 2;
      args.sources.push({ kind: 'csv', file, measureId, ...(column ? { column } : {}) });
    } else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--config') args.configFile = resolve(value());
    else if (arg === '--official') args.officialFile = resolve(value());
    else if (arg === '--retrieved') {
      args.today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new ImportError('--retrieved skal skrives ÅÅÅÅ-MM-DD.');
    } else throw new ImportError(`Ukendt argument «${arg}».\n\n${USAGE}`);
  }
  if (!args.help && args.sources.length === 0) throw new ImportError(`Angiv mindst én kilde.\n\n${USAGE}`);
  return args;
}

async function main() {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      console.log(USAGE);
      return;
    }
    const report = await runImport({ ...args, env: process.env, log: (l) => console.error(l) });
    console.log(formatReport(report));
  } catch (e) {
    const message = e instanceof ImportError ? e.message : `Uventet fejl: ${(e as Error).stack ?? String(e)}`;
    console.error(`\nImporten fejlede; intet er ændret.\n${message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) void main();
