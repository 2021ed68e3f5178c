import { readFileSync } from 'node:fs';
import { knownAreaName, KOMMUNER, NATIONAL_AREA } from '@/domain/areas';
import { parseImportConfig, type ImportConfig } from '../../data/import-config-schema';

/** Loading data/import-config.json for the importer, and mapping the sources' area names to codes. */

export class ImportError extends Error {}

export function parseConfig(data: unknown, file: string): ImportConfig {
  const result = parseImportConfig(data);
  if (!result.ok) throw new ImportError(`Konfigurationen ${file} er ugyldig:\n${result.errors.join('\n')}`);
  return result.config;
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

const byName = new Map<string, string>([
  ['hele landet', NATIONAL_AREA],
  ...Object.entries(KOMMUNER).map(([code, name]) => [name.toLowerCase(), code] as [string, string]),
]);

/**
 * The contract's area code for a name or code as a source writes it:
 * "Ishøj", "Ishøj Kommune", "183", "Hele landet", or a configured alias.
 */
export function areaCodeFor(config: ImportConfig, label: string): string | undefined {
  const clean = label.trim();
  if (/^\d{3}$/.test(clean)) return knownAreaName(clean) ? clean : undefined;
  const alias = Object.entries(config.areaAliases).find(([k]) => k.toLowerCase() === clean.toLowerCase());
  if (alias) return alias[1];
  return byName.get(clean.toLowerCase().replace(/\s+kommune$/, ''));
}
