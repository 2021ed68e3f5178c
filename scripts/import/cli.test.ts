import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, testConfig, TEST_KEY, type FixtureServer } from './test-server';

const root = join(import.meta.dirname, '..', '..');
const ARCHIVE = join(root, 'test', 'fixtures', 'import', 'archive');
let fixtures: FixtureServer;
let dir: string;

beforeAll(async () => {
  fixtures = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(testConfig(fixtures.url, 5000)));
});
afterAll(async () => {
  await fixtures.close();
  rmSync(dir, { recursive: true, force: true });
});

const official = () => join(dir, 'official.json');

/** The command the analyst types, as a child process with its own environment. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const all = [
    'tsx',
    'scripts/import/cli.ts',
    ...args,
    '--config',
    join(dir, 'config.json'),
    '--official',
    official(),
    '--retrieved',
    '2026-11-26',
  ];
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', all, { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

it('imports from Jobindsats v3 and Statistikbanken, prints the report, and exits 0', async () => {
  const { code, stdout } = await cli(['jobindsats', 'statistikbanken'], { JOBINDSATS_API_KEY: TEST_KEY });
  expect(code).toBe(0);
  expect(stdout).toContain('y07a02 y07a02-fuldtidspersoner → sygedagpenge-helaarspersoner');
  expect(stdout).toContain('AUS08 aus08-saesonkorrigeret-pct → ledighed-saesonkorrigeret');
  expect(stdout).toContain(`Skrevet: ${official()}`);
  expect(readFileSync(official(), 'utf8')).not.toContain(TEST_KEY);
}, 60_000);

it('exits 1 with a plain Danish message when the key is wrong, writing nothing new', async () => {
  const before = readFileSync(official(), 'utf8');
  const { code, stderr } = await cli(['jobindsats'], { JOBINDSATS_API_KEY: 'udløbet-nøgle' });
  expect(code).toBe(1);
  expect(stderr).toContain('Importen fejlede; intet er ændret.');
  expect(stderr).toContain('Forkert nøgle eller nøglen er udløbet.');
  expect(stderr).not.toContain('udløbet-nøgle');
  expect(readFileSync(official(), 'utf8')).toBe(before);
}, 60_000);

it('lets one of several imports started at once write, and refuses the others by name', async () => {
  const runs = await Promise.all([1, 2, 3].map(() => cli(['jobindsats-arkiv', ARCHIVE])));
  const ok = runs.filter((r) => r.code === 0);
  const refused = runs.filter((r) => r.code === 1);
  expect(ok.length).toBeGreaterThanOrEqual(1);
  expect(ok.length + refused.length).toBe(3);
  for (const r of refused) expect(r.stderr).toContain('En anden import kører allerede');
  // Whatever ran first, nothing already imported was lost.
  expect(readFileSync(official(), 'utf8')).toContain('"aus08-saesonkorrigeret-pct"');
}, 60_000);

it('prints its usage for --help and -h and exits 0; explains a wrong call and exits 1', async () => {
  for (const flag of ['--help', '-h']) {
    const { code, stdout } = await cli([flag]);
    expect(code).toBe(0);
    expect(stdout).toContain('jobindsats-arkiv <mappe>');
  }
  const wrong = await cli(['csv', 'fil.csv']);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toContain('kræver --target <id>');
  const missing = await cli(['csv', join(dir, 'findes-ikke.csv'), '--target', 'y07a02-fuldtidspersoner']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('findes ikke');
  expect(missing.stderr).not.toMatch(/at \w+ \(/); // no stack trace
}, 60_000);
