import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiIndexSchema,
  areasSchema,
  crossSectionSchema,
  crossSectionsSchema,
  indicatorListSchema,
  planListSchema,
  planSchema,
  seriesSchema,
  targetGroupsSchema,
} from '@/contract';
import { documentApiFiles } from './api';
import { rawDataset } from './index';
import { findMissingQuotes, validateDataset } from './validate';

const dataDir = import.meta.dirname;

describe('the document dataset', () => {
  const result = validateDataset(rawDataset);

  it('passes every schema and cross-file check', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('lists every plan and indicator file on disk', () => {
    const onDisk = (dir: string) =>
      readdirSync(join(dataDir, dir))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${dir}/${f}`);
    expect(Object.keys(rawDataset.planFiles).sort()).toEqual(onDisk('plans').sort());
    expect(Object.keys(rawDataset.indicatorFiles).sort()).toEqual(onDisk('indicators').sort());
  });

  it('holds one plan per source document, each quoting its own document faithfully', () => {
    if (!result.ok) throw new Error('invalid dataset');
    const documents = readdirSync(join(dataDir, 'sources')).filter((f) => f.endsWith('.txt'));
    expect(result.dataset.plans.map((p) => p.plan.document).sort()).toEqual(documents.sort());
    for (const { plan } of result.dataset.plans) {
      expect(findMissingQuotes(plan, readFileSync(join(dataDir, 'sources', plan.document), 'utf8'))).toEqual([]);
    }
  });

  it('keeps both of BP22’s contradicting sygedagpenge figures for Sep-21, each with its source', () => {
    const series = documentApiFiles().get('indicators/sygedagpenge-helaarspersoner/183.json') as {
      points: { period: string; value: number; provenance: { location: string } }[];
    };
    const sep21 = series.points.filter((p) => p.period === '2021-09');
    expect(sep21.map((p) => p.value).sort()).toEqual([403, 427]);
    expect(new Set(sep21.map((p) => p.provenance.location)).size).toBe(2);
  });
});

describe('the API built from it', () => {
  const files = documentApiFiles();
  const schemaFor = (path: string) => {
    if (path === 'index.json') return apiIndexSchema;
    if (path === 'areas.json') return areasSchema;
    if (path === 'target-groups.json') return targetGroupsSchema;
    if (path === 'plans.json') return planListSchema;
    if (path === 'indicators.json') return indicatorListSchema;
    if (path.startsWith('plans/')) return planSchema;
    if (path === 'latest.json') return crossSectionsSchema;
    if (path.endsWith('/latest.json')) return crossSectionSchema;
    return seriesSchema;
  };

  it('serves only files the client accepts', () => {
    for (const [path, body] of files) {
      if (path.startsWith('pages/')) continue;
      const parsed = schemaFor(path).safeParse(body);
      expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('bundles for each page exactly the files it would fetch, as they are served alone', () => {
    const bundles = [...files.keys()].filter((p) => p.startsWith('pages/'));
    const indicators = indicatorListSchema.parse(files.get('indicators.json'));
    expect([...bundles].sort()).toEqual(
      [
        'pages/overview.json',
        ...['as2015', 'bp2020', 'bp2022', 'bp2023', 'rr2014'].map((id) => `pages/plans/${id}.json`),
        'pages/target-groups.json',
        ...indicators.map((i) => `pages/indicators/${encodeURIComponent(i.id)}.json`),
      ].sort(),
    );
    expect(bundles).toHaveLength(7 + indicators.length);
    for (const path of bundles) {
      const { resources } = files.get(path) as { resources: Record<string, unknown> };
      for (const [inner, body] of Object.entries(resources)) expect(body, `${path} → ${inner}`).toBe(files.get(inner));
    }
    const overview = (files.get('pages/overview.json') as { resources: Record<string, unknown> }).resources;
    // Every plan, and a series of each home kommune: what the overview judges and shows.
    expect(Object.keys(overview)).toEqual(
      expect.arrayContaining(['plans.json', 'plans/bp2022.json', 'indicators/ledighed-faktisk/187.json']),
    );
    const plan = (files.get('pages/plans/rr2014.json') as { resources: Record<string, unknown> }).resources;
    expect(Object.keys(plan)).toContain('plans/rr2014.json');
    expect(Object.keys(plan)).not.toContain('plans/bp2022.json');
    // A series page as it opens: its default areas (the home kommuner and Hele landet), the series its targets
    // are judged on, and every kommune's newest values for the national comparison.
    const series = (files.get('pages/indicators/ledighed-faktisk.json') as { resources: Record<string, unknown> })
      .resources;
    expect(Object.keys(series)).toEqual(
      expect.arrayContaining([
        'plans/bp2023.json',
        'indicators/ledighed-faktisk/183.json',
        'indicators/ledighed-faktisk/187.json',
        'indicators/ledighed-faktisk/000.json',
        'indicators/ledighed-faktisk/latest.json',
      ]),
    );
    expect(Object.keys(series)).not.toContain('indicators/ledighed-faktisk/101.json');
    // The målgruppe table: every indicator's cross-section, every plan and the series its goals are judged on.
    const table = (files.get('pages/target-groups.json') as { resources: Record<string, unknown> }).resources;
    expect(Object.keys(table)).toEqual(
      expect.arrayContaining(['latest.json', 'plans/as2015.json', 'plans/bp2023.json', 'indicators.json']),
    );
    expect(Object.keys(table).filter((p) => /^indicators\/[^/]+\/[^/]+\.json$/.test(p)).length).toBeGreaterThan(10);
  });

  it('has an index whose counts match the files', () => {
    const index = apiIndexSchema.parse(files.get('index.json'));
    const plans = planListSchema.parse(files.get('plans.json'));
    expect(index.counts.plans).toBe(5);
    expect(plans).toHaveLength(5);
    expect(index.counts.targets).toBe(plans.reduce((n, p) => n + p.targetCount, 0));
    const seriesFiles = [...files.keys()].filter(
      (k) => /^indicators\/.+\/.+\.json$/.test(k) && !k.endsWith('/latest.json'),
    );
    expect(index.counts.series).toBe(seriesFiles.length);
  });
});
