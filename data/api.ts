import { rawDataset } from './index';
import meta from './meta.json';
import { buildApiFiles, type ApiFiles } from './build-api';
import { validateDataset } from './validate';

let cached: ApiFiles | undefined;

/** The API v1 files built from the document dataset, once per process. */
export function documentApiFiles(): ApiFiles {
  if (cached) return cached;
  const result = validateDataset(rawDataset);
  if (!result.ok) {
    throw new Error(`Datasættet i data/ er ugyldigt:\n${result.errors.join('\n')}`);
  }
  cached = buildApiFiles(result.dataset, meta.updated);
  return cached;
}
