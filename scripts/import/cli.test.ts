// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, testConfig, TEST_KEY, type FixtureServer } from './test-server';

const root = join(import.meta.dirname, '..', '..');
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

/** The command the analyst types, as a child process with its own environment. */
async function cli(args: string[], env: Record<string, string> = {}) {
  const argv = ['tsx', 'scripts/import/cli.ts', ...args, '--config', join(dir, 'config.json')];
  const all = [...argv, '--official-dir', join(dir, 'official'), '--retrieved', '2026-11-26'];
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', all, { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

it('imports, prints the report, and exits 0', async () => {
  const { code, stdout } = await cli(['jobindsats', 'statistikbanken'], { JOBINDSATS_API_KEY: TEST_KEY });
  expect(code).toBe(0);
  expect(stdout).toContain('Jobindsats y07a02 → sygedagpenge-helaarspersoner');
  expect(stdout).toMatch(/I alt: \d+ tilføjet, 0 ændret, 3 afvist\./);
  expect(stdout).toContain(
    `Skrevet: ${join(dir, 'official', 'jobindsats.json')}, ${join(dir, 'official', 'statistikbanken.json')}`,
  );
  expect(readFileSync(join(dir, 'official', 'jobindsats.json'), 'utf8')).not.toContain(TEST_KEY);
}, 30_000);

it('exits 1 with a plain Danish message when the key is wrong, writing nothing new', async () => {
  const before = readFileSync(join(dir, 'official', 'jobindsats.json'), 'utf8');
  const { code, stderr } = await cli(['jobindsats'], { JOBINDSATS_API_KEY: 'udløbet-nøgle' });
  expect(code).toBe(1);
  expect(stderr).toContain('Importen fejlede; intet er ændret.');
  expect(stderr).toContain('Forkert nøgle eller nøglen er udløbet.');
  expect(stderr).not.toContain('udløbet-nøgle');
  expect(readFileSync(join(dir, 'official', 'jobindsats.json'), 'utf8')).toBe(before);
}, 30_000);

it('explains its usage', async () => {
  const { code, stderr } = await cli(['csv', 'fil.csv']);
  expect(code).toBe(1);
  expect(stderr).toContain('csv fil.csv kræver --target <id>');
}, 30_000);
