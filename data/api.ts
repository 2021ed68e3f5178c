import { buildApiFiles, type ApiFiles, type OfficialTables } from './build-api';
import importConfig from './import-config.json';
import { allMeasures, parseImportConfig } from './import-config-schema';
import { rawDataset } from './index';
import meta from './meta.json';
import { addPageBundles } from './page-bundles';
import { validateDataset } from './validate';

let cached: ApiFiles | undefined;

/** Which official tables feed each indicator, from the import configuration. */
export function officialTables(config: unknown = importConfig): OfficialTables {
  const out = new Map<string, { source: 'jobindsats' | 'statistikbanken'; table: string }[]>();
  const parsed = parseImportConfig(config);
  if (!parsed.ok) throw new Error(`data/import-config.json er ugyldig:\n${parsed.errors.join('\n')}`);
  for (const m of allMeasures(parsed.config)) {
    const list = out.get(m.indicatorId) ?? [];
    if (!list.some((t) => t.table === m.table)) list.push({ source: m.source, table: m.table });
    out.set(m.indicatorId, list);
  }
  return out;
}

/** The API v1 files built from the dataset (documents and official series), once per process. */
export function documentApiFiles(): ApiFiles {
  if (cached) return cached;
  const result = validateDataset(rawDataset);
  if (!result.ok) {
    throw new Error(`Datasættet i data/ er ugyldigt:\n${result.errors.join('\n')}`);
  }
  const files = buildApiFiles(result.dataset, meta.updated, officialTables());
  addPageBundles(files);
  cached = files;
  return cached;
}
