import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssues } from '@/contract';
import type { Unit } from '@/domain/units';

/**
 * data/import-config.json: which official tables feed which indicator. Table
 * ids, measurements and base URLs live there, not in code, so the analyst can
 * follow a renamed table without a developer, and tests can point at 127.0.0.1.
 */

export type SourceId = 'jobindsats' | 'statistikbanken';

/** The units the sources print, mapped to the contract's units. */
const SOURCE_UNITS: Record<string, Unit> = {
  fuldtidspersoner: 'fuldtidspersoner',
  helårspersoner: 'helaarspersoner',
  personer: 'personer',
  'procent af arbejdsstyrken': 'procent',
  procent: 'procent',
  antal: 'antal',
  placering: 'antal',
};

export function contractUnit(sourceUnit: string): Unit | undefined {
  return SOURCE_UNITS[sourceUnit.trim().toLowerCase()];
}

const targetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  table: z.string().min(1),
  measurement: z.string().min(1),
  /** As the source prints it, e.g. «Fuldtidspersoner», «Procent af arbejdsstyrken». */
  unit: z.string().refine((u) => contractUnit(u) !== undefined, 'Ukendt enhed'),
  period: z.string().min(1),
  indicatorId: z.string().min(1),
  /** Statistikbanken only: fixed values for the table's other variables. */
  variables: z.record(z.string(), z.string()).optional(),
  areaVariable: z.string().optional(),
  valueColumn: z.string().optional(),
});
export type ImportTarget = z.infer<typeof targetSchema>;

const sourceSchema = z.strictObject({
  baseUrl: z.url(),
  /** Names (Jobindsats) or codes (Statistikbanken) as the source wants them in a request. */
  areas: z.array(z.string().min(1)).min(1),
  targets: z.array(targetSchema),
});

export const importConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  timeoutMs: z.number().int().positive(),
  retries: z.number().int().min(0).max(10),
  backoffMs: z.number().int().min(0),
  keyEnv: z.string().min(1),
  /** Every spelling of an area the sources use → the contract's area code. */
  areaCodes: z.record(z.string(), z.string()),
  jobindsats: sourceSchema,
  statistikbanken: sourceSchema,
});
export type ImportConfig = z.infer<typeof importConfigSchema>;

export class ImportError extends Error {}

export function parseConfig(data: unknown, file: string): ImportConfig {
  const result = importConfigSchema.safeParse(data);
  if (!result.success) {
    throw new ImportError(`Konfigurationen ${file} er ugyldig:\n${describeIssues(result.error).join('\n')}`);
  }
  const ids = [...result.data.jobindsats.targets, ...result.data.statistikbanken.targets].map((t) => t.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new ImportError(`Konfigurationen ${file}: målet «${dup}» står to gange.`);
  return result.data;
}

export function loadConfig(file: string): ImportConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ImportError(`Kan ikke læse konfigurationen ${file}: ${(e as Error).message}`);
  }
  return parseConfig(data, file);
}

/** The area code for a name or code as a source writes it ("Ishøj", "183", "RAR Hovedstaden"). */
export function areaCodeFor(config: ImportConfig, label: string): string | undefined {
  const clean = label.trim();
  if (config.areaCodes[clean]) return config.areaCodes[clean];
  const lower = clean.toLowerCase();
  return Object.entries(config.areaCodes).find(([k]) => k.toLowerCase() === lower)?.[1];
}

export function findTarget(config: ImportConfig, id: string): { source: SourceId; target: ImportTarget } | undefined {
  for (const source of ['jobindsats', 'statistikbanken'] as const) {
    const target = config[source].targets.find((t) => t.id === id);
    if (target) return { source, target };
  }
  return undefined;
}
