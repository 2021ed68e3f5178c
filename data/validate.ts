import type { z } from 'zod';
import {
  areasSchema,
  describeIssues,
  indicatorFileSchema,
  planSourceSchema,
  targetGroupsSchema,
  type Area,
  type Indicator,
  type PlanSource,
  type SeriesInput,
  type TargetGroup,
} from '@/contract';
import type { Provenance } from '@/domain/provenance';
import type { RawDataset } from './index';
import { withEveryKommune } from './kommuner';
import { measureSeries, officialFileSchema } from './official-file';

/**
 * Loads every dataset file through the contract schemas and checks what no
 * single schema can: references across files, unique ids, and that every
 * figure's provenance points at its plan's own source document.
 */

export type ValidDataset = {
  areas: Area[];
  targetGroups: TargetGroup[];
  indicators: Indicator[];
  /** File name → parsed plan, in file order. */
  plans: { file: string; raw: unknown; plan: PlanSource }[];
  /** Imported official series, in wire format, next to the documents' figures. */
  official: SeriesInput[];
};

/** Jobindsats counts full-year equivalents as «fuldtidspersoner»; the plans call the same «helårspersoner». */
const SAME_UNIT = [['fuldtidspersoner', 'helaarspersoner']];
export function unitsAgree(a: string, b: string): boolean {
  return a === b || SAME_UNIT.some((pair) => pair.includes(a) && pair.includes(b));
}

const OFFICIAL_FILE = 'official.json';

function validateOfficial(
  raw: RawDataset,
  indicators: Indicator[],
  areaCodes: Set<string>,
  errors: string[],
): SeriesInput[] {
  if (raw.official === undefined) return [];
  const parsed = parseFile(officialFileSchema, raw.official, OFFICIAL_FILE, errors);
  if (!parsed) return [];
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  checkUnique(
    parsed.measures.map((m) => m.id),
    `måling i ${OFFICIAL_FILE}`,
    errors,
  );
  return parsed.measures.flatMap((m) => {
    const where = `${OFFICIAL_FILE}: målingen ${m.id} (${m.table})`;
    const unit = unitOf.get(m.indicatorId);
    if (!unit) errors.push(`${where}: indikatoren «${m.indicatorId}» findes ikke`);
    else if (!unitsAgree(unit, m.unit))
      errors.push(`${where}: enheden «${m.unit}» passer ikke til indikatorens «${unit}»`);
    for (const area of Object.keys(m.series)) {
      if (!areaCodes.has(area)) errors.push(`${where}: området «${area}» findes ikke i områdelisten`);
    }
    return measureSeries(m);
  });
}

export type ValidationResult = { ok: true; dataset: ValidDataset } | { ok: false; errors: string[] };

function parseFile<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  errors: string[],
): z.output<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of describeIssues(result.error)) errors.push(`${file}: ${issue}`);
  return undefined;
}

function collectProvenance(plan: PlanSource): { where: string; provenance: Provenance }[] {
  const out: { where: string; provenance: Provenance }[] = [];
  const add = (where: string, provenance: Provenance) => out.push({ where, provenance });
  plan.ministerialGoals.forEach((s, i) => add(`ministerialGoals[${i}]`, s.provenance));
  plan.localFocusAreas.forEach((s, i) => add(`localFocusAreas[${i}]`, s.provenance));
  plan.reforms.forEach((r) => add(`reforms ${r.id}`, r.provenance));
  plan.events.forEach((e) => add(`events ${e.id}`, e.provenance));
  plan.pejlemaerker.forEach((p, i) => add(`pejlemaerker[${i}]`, p.provenance));
  plan.projects.forEach((p) => add(`projects ${p.id}`, p.provenance));
  plan.definitions.forEach((d) => add(`definitions ${d.term}`, d.provenance));
  for (const t of plan.targets) {
    add(`targets ${t.id}`, t.provenance);
    if (t.baseline) add(`targets ${t.id}.baseline`, t.baseline.provenance);
    t.actuals.forEach((a, i) => add(`targets ${t.id}.actuals[${i}]`, a.provenance));
  }
  plan.observations.forEach((o, i) => add(`observations[${i}] (${o.indicatorId})`, o.provenance));
  return out;
}

function checkUnique(ids: string[], what: string, errors: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.push(`Dobbelt ${what}: «${id}»`);
    seen.add(id);
  }
}

export function validateDataset(raw: RawDataset): ValidationResult {
  const errors: string[] = [];
  const listed = parseFile(areasSchema, raw.areas, 'areas.json', errors) ?? [];
  const targetGroups = parseFile(targetGroupsSchema, raw.targetGroups, 'target-groups.json', errors) ?? [];
  const indicators: Indicator[] = [];
  for (const [file, data] of Object.entries(raw.indicatorFiles)) {
    indicators.push(...(parseFile(indicatorFileSchema, data, file, errors) ?? []));
  }
  const plans: ValidDataset['plans'] = [];
  for (const [file, data] of Object.entries(raw.planFiles)) {
    const plan = parseFile(planSourceSchema, data, file, errors);
    if (plan) plans.push({ file, raw: data, plan });
  }

  checkUnique(
    listed.map((a) => a.code),
    'områdekode i areas.json',
    errors,
  );
  const areas = withEveryKommune(listed);
  checkUnique(
    targetGroups.map((g) => g.id),
    'målgruppe i target-groups.json',
    errors,
  );
  checkUnique(
    indicators.map((i) => i.id),
    'indikator-id',
    errors,
  );
  checkUnique(
    plans.map((p) => p.plan.id),
    'plan-id',
    errors,
  );
  checkUnique(
    plans.flatMap((p) => p.plan.targets.map((t) => t.id)),
    'mål-id',
    errors,
  );
  checkUnique(
    plans.flatMap((p) => p.plan.projects.map((x) => x.id)),
    'projekt-id',
    errors,
  );
  checkUnique(
    plans.flatMap((p) => p.plan.events.map((x) => x.id)),
    'begivenheds-id',
    errors,
  );

  const areaCodes = new Set(areas.map((a) => a.code));
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const groupIds = new Set<string>(targetGroups.map((g) => g.id));
  for (const i of indicators) {
    if (!groupIds.has(i.targetGroupId)) errors.push(`Indikator ${i.id}: ukendt målgruppe «${i.targetGroupId}»`);
  }

  for (const { file, plan } of plans) {
    const needArea = (code: string, where: string) => {
      if (!areaCodes.has(code)) errors.push(`${file}: ${where}: området «${code}» findes ikke i areas.json`);
    };
    const needIndicator = (id: string, where: string) => {
      if (!indicatorIds.has(id)) errors.push(`${file}: ${where}: indikatoren «${id}» findes ikke`);
    };
    plan.areas.forEach((c) => needArea(c, 'areas'));
    for (const t of plan.targets) {
      needArea(t.area, `targets ${t.id}`);
      if (t.indicatorId) needIndicator(t.indicatorId, `targets ${t.id}`);
      if ('benchmarkArea' in t.goal) needArea(t.goal.benchmarkArea, `targets ${t.id}.goal`);
      if (t.goal.kind === 'change-by-percent' && !t.baseline) {
        errors.push(`${file}: targets ${t.id}: et mål om ændring i procent kræver en baseline`);
      }
    }
    plan.observations.forEach((o, i) => {
      needArea(o.area, `observations[${i}]`);
      needIndicator(o.indicatorId, `observations[${i}]`);
    });
    for (const { where, provenance } of collectProvenance(plan)) {
      if (provenance.kind === 'document' && provenance.document !== plan.document) {
        errors.push(`${file}: ${where}: kilden «${provenance.document}» er ikke planens dokument «${plan.document}»`);
      }
    }
  }

  const official = validateOfficial(raw, indicators, areaCodes, errors);

  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, dataset: { areas, targetGroups, indicators, plans, official } };
}

/** Whitespace and line-break hyphenation differ between PDF extraction and a quote. */
export function normaliseText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-\s+(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every quote in a plan must stand in its source document. */
export function findMissingQuotes(plan: PlanSource, sourceText: string): string[] {
  const haystack = normaliseText(sourceText);
  const missing: string[] = [];
  for (const { where, provenance } of collectProvenance(plan)) {
    if (provenance.kind !== 'document' || !provenance.quote) continue;
    if (!haystack.includes(normaliseText(provenance.quote))) {
      missing.push(`${where}: citatet «${provenance.quote}» står ikke i ${plan.document}`);
    }
  }
  return missing;
}
