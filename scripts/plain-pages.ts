import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  resourceKind,
  validateResource,
  type Area,
  type IndicatorListItem,
  type Plan,
  type Series,
  type Target,
} from '@/contract';
import { statusTarget } from '@/api/status-target';
import { currentPlanIds, currentPlans } from '@/domain/current-plans';
import { periodLabel } from '@/domain/period-label';
import { latestValue } from '@/domain/pick-value';
import { targetStatus } from '@/domain/status';
import { unitOrCount } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { goalText } from '@/lib/goal-text';
import { goalSentence } from '@/lib/sentences';
import { strings } from '@/lib/strings';

/**
 * The physical limit for the bench: for each page measured, a plain static
 * HTML page with the same figures as text (every target's title, status,
 * goal, newest value and sentence), generated from the same page bundle the
 * app loads and judged by the same status engine. No JS, no CSS, no
 * requests after the document. The bench loads it beside the app and
 * reports the app's time as a multiple of it.
 */

type Bundle = { resources: Record<string, unknown> };

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function readBundle(dist: string, path: string) {
  const bundle = JSON.parse(readFileSync(join(dist, 'api', 'v1', path), 'utf8')) as Bundle;
  const resources = new Map<string, unknown>();
  for (const [file, body] of Object.entries(bundle.resources)) {
    const kind = resourceKind(file);
    if (!kind) throw new Error(`Ukendt ressource i ${path}: ${file}`);
    resources.set(file, validateResource(kind, body, file));
  }
  const get = <T>(file: string) => resources.get(file) as T;
  const series = [...resources].filter(([file]) => resourceKind(file) === 'series').map(([, s]) => s as Series);
  const byKey = new Map(series.map((s) => [`${s.indicatorId}/${s.area}`, s.points]));
  return {
    plans: get<Plan[]>('plans.json'),
    plan: (id: string) => get<Plan | undefined>(`plans/${id}.json`),
    indicators: get<IndicatorListItem[]>('indicators.json'),
    areaName: (code: string) => get<Area[]>('areas.json').find((a) => a.code === code)?.name ?? code,
    lookup: (indicatorId: string, area: string) => byKey.get(`${indicatorId}/${area}`) ?? [],
  };
}

type Page = ReturnType<typeof readBundle>;

function targetHtml(t: Target, page: Page, inForce: ReadonlySet<string>, now: Date): string {
  const { areaName } = page;
  const indicator = page.indicators.find((i) => i.id === t.indicatorId);
  const unit = unitOrCount(indicator?.unit);
  const result = targetStatus(statusTarget(t, page.indicators, inForce), page.lookup, now);
  const latest = t.indicatorId ? latestValue(page.lookup(t.indicatorId, t.area)) : undefined;
  const sentence = goalSentence(t, result, {
    unit,
    noun: indicator?.noun,
    subject: indicator?.subject ?? indicator?.name ?? t.title,
    areaName,
    documentTitle: (file) => page.plans.find((p) => p.document === file)?.title,
  });
  return [
    '<article class="target-card">',
    `<h3>${escape(t.title)}</h3>`,
    `<p><span class="status-badge">${escape(strings.targetStatus.label[result.status])}</span></p>`,
    `<p>Mål: ${escape(goalText(t.goal, unit, areaName, indicator?.noun))}, frist ${escape(periodLabel(t.deadline))}</p>`,
    latest
      ? `<p>Nyeste tal: ${escape(formatValue(latest.value, unit, { noun: indicator?.noun }))} (${escape(periodLabel(latest.period))})</p>`
      : '',
    sentence ? `<p>${escape(sentence)}</p>` : '',
    '</article>',
  ].join('');
}

function document(title: string, body: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

function planHtml(plan: Plan, page: Page, inForce: ReadonlySet<string>, now: Date): string {
  return `<section><h2>${escape(plan.title)}</h2>${plan.targets.map((t) => targetHtml(t, page, inForce, now)).join('')}</section>`;
}

/** Route → plain HTML, for `/` and every `/planer/:id`. */
export function plainPages(dist: string, now = new Date()): Map<string, string> {
  const pages = new Map<string, string>();
  const overview = readBundle(dist, 'pages/overview.json');
  const inForce = currentPlanIds(overview.plans);
  const current = currentPlans(overview.plans).flatMap((c) => overview.plan(c.plan.id) ?? []);
  const earlier = overview.plans
    .filter((p) => !inForce.has(p.id))
    .flatMap((p) => overview.plan(p.id) ?? [])
    .reverse();
  pages.set(
    '/',
    document(
      strings.overview.title,
      [...current, ...earlier].map((plan) => planHtml(plan, overview, inForce, now)).join(''),
    ),
  );
  for (const summary of overview.plans) {
    const page = readBundle(dist, `pages/plans/${summary.id}.json`);
    const plan = page.plan(summary.id);
    if (plan) pages.set(`/planer/${summary.id}`, document(plan.title, planHtml(plan, page, inForce, now)));
  }
  return pages;
}
