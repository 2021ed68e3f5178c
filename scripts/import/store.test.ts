import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from './store';
import { testConfig } from './test-server';
import { scratch } from './test-run';

const ARCHIVE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import', 'archive');
const archive = [{ kind: 'jobindsats-arkiv' as const, dir: ARCHIVE }];
let s: ReturnType<typeof scratch>;

beforeEach(() => {
  s = scratch(testConfig('http://127.0.0.1:9'));
});
afterEach(() => s.remove());

describe('writing data/official.json', () => {
  it('leaves the old file whole when the import dies just before the rename', async () => {
    await s.run(archive);
    const before = s.text();
    const file = s.read();
    file.measures[0]!.series['183']![0]![1] = 1;
    writeFileSync(s.officialFile, JSON.stringify(file));
    const changed = s.text();
    await expect(
      s.run(archive, {
        beforeRename: () => {
          throw new Error('kill -9');
        },
      }),
    ).rejects.toThrow('kill -9');
    expect(s.text()).toBe(changed);
    expect(s.text()).not.toBe(before);
    // No temporary file and no lock are left behind.
    expect(readdirSync(s.dir).sort()).toEqual(['config.json', 'official.json']);
  });

  it('refuses a second import while one runs, and says so', async () => {
    const release = acquireLock(s.officialFile);
    await expect(s.run(archive)).rejects.toThrow(/En anden import kører allerede \(proces \d+/);
    release();
    await s.run(archive);
    expect(existsSync(s.officialFile)).toBe(true);
  });

  it('takes over the lock and clears the temporary file of an import that died', async () => {
    // A pid that cannot be alive: the lock and temp file of a crashed run.
    writeFileSync(`${s.officialFile}.lock`, '999999999\n2026-11-26T10:00:00Z\n');
    writeFileSync(`${s.officialFile}.tmp-999999999`, '{"halv');
    await s.run(archive);
    expect(readdirSync(s.dir).sort()).toEqual(['config.json', 'official.json']);
  });

  it('runs ten imports at once without losing one: each either writes all or is refused', async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => s.run(archive)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results)
      if (r.status === 'rejected') expect(String(r.reason)).toMatch(/En anden import kører allerede/);
    expect(s.read().measures.map((m) => m.id)).toEqual([
      'y25i01-fuldtidsledige',
      'y25i01-fuldtidsledige-pct',
      'y25i01-jobparate-kontanthjaelp',
      'y60a02-personer',
    ]);
  });
});
