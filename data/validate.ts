import { z } from 'zod';
import {
  areaCodeSchema,
  areasSchema,
  describeIssues,
  idSchema,
  indicatorFileSchema,
  planSourceSchema,
  pointSchema,
  targetGroupsSchema,
  type Area,
  type Indicator,
  type PlanSource,
  type TargetGroup,
  unitSchema,
} from '@/contract';
import type { Provenance } from '@/domain/provenance';
import type { RawDataset } from './index';

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
  official?: OfficialSeriesInput[];
};

/** A file in data/official/: every series one source gave, each point with official provenance. */
export const officialFileSchema = z.strictObject({
  source: z.enum(['jobindsats', 'statistikbanken']),
  series: z.array(
    z.strictObject({
      indicatorId: idSchema,
      area: areaCodeSchema,
      unit: unitSchema,
      points: z.array(pointSchema),
    }),
  ),
});
export type OfficialSeriesInput = z.input<typeof officialFileSchema>['series'][number];

/** Jobindsats counts full-year equivalents as «fuldtidspersoner»; the plans call the same «helårspersoner». */
const SAME_UNIT = [['fuldtidspersoner', 'helaarspersoner']];
export function unitsAgree(a: string, b: string): boolean {
  return a === b || SAME_UNIT.some((pair) => pair.includes(a) && pair.includes(b));
}

function validateOfficial(
  raw: RawDataset,
  indicators: Indicator[],
  areaCodes: Set<string>,
  errors: string[],
): OfficialSeriesInput[] {
  const out: OfficialSeriesInput[] = [];
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  for (const [file, data] of Object.entries(raw.officialFiles ?? {})) {
    const parsed = parseFile(officialFileSchema, data, file, errors);
    if (!parsed) continue;
    (data as z.input<typeof officialFileSchema>).series.forEach((series, i) => {
      const where = `${file}: series[${i}] (${series.indicatorId}/${series.area})`;
      const unit = unitOf.get(series.indicatorId);
      if (!unit) errors.push(`${where}: indikatoren «${series.indicatorId}» findes ikke`);
      else if (!unitsAgree(unit, series.unit))
        errors.push(`${where}: enheden «${series.unit}» passer ikke til indikatorens «${unit}»`);
      if (!areaCodes.has(series.area)) errors.push(`${where}: området «${series.area}» findes ikke i areas.json`);
      parsed.series[i]!.points.forEach((p, j) => {
        if (p.provenance.kind !== 'official' || p.provenance.source !== parsed.source) {
          errors.push(`${where}.points[${j}]: kilden skal være officiel (${parsed.source})`);
        }
      });
      out.push(series);
    });
  }
  return out;
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
  const areas = parseFile(areasSchema, raw.areas, 'areas.json', errors) ?? [];
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
    areas.map((a) => a.code),
    'områdekode i areas.json',
    errors,
  );
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
      needIndicator(t.indicatorId, `targets ${t.id}`);
      if (t.goal.kind === 'close-gap') needArea(t.goal.benchmarkArea, `targets ${t.id}.goal`);
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
