import type { Target } from '@/contract';
import { NATIONAL_AREA } from '@/domain/areas';
import { periodPhrase } from '@/domain/period-label';
import type { ValueChoice } from '@/domain/pick-value';
import type { StatusResult, TargetStatus } from '@/domain/status';
import { isShareUnit, type Unit } from '@/domain/units';
import { formatValue, type Noun } from './format';
import { goalText } from './goal-text';
import { sourceShort, type DocumentTitle } from './source-text';
import { sentences as sentenceStrings } from '@/lib/strings/sentences';

/**
 * One plain-Danish sentence per goal and per plan, built by rules from the
 * judged values, never pasted by hand. Every number in a sentence is a
 * sourced value the status engine judged, and the sentence's period is that
 * value's period. It claims nothing the judgement does not say.
 */

const s = sentenceStrings;

export type SentenceContext = {
  readonly unit: Unit;
  readonly noun?: Noun | undefined;
  /** The indicator as the subject: "Ledigheden". */
  readonly subject: string;
  readonly areaName: (code: string) => string;
  readonly documentTitle: DocumentTitle;
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** What the other sources said for the judged period: a revision or a contradiction, named. */
function otherSources(choice: ValueChoice, ctx: SentenceContext): string {
  const fmt = (v: number) => formatValue(v, ctx.unit, { noun: ctx.noun });
  const revised = choice.others.find((o) => o.relation === 'revision');
  if (revised) return s.revised(fmt(revised.point.value), sourceShort(revised.point.provenance, ctx.documentTitle));
  const disputed = choice.others.filter((o) => o.relation === 'conflict');
  if (disputed.length === 0) return '';
  return s.disputed([choice.value, ...disputed.map((o) => o.point.value)].map(fmt).join(' og '), fmt(choice.value));
}

function benchmarkName(code: string, ctx: SentenceContext): string {
  return code === NATIONAL_AREA ? s.nationalAverage : s.levelOf(ctx.areaName(code));
}

function directionSentence(target: Target, result: StatusResult, ctx: SentenceContext): string {
  const latest = result.latest!;
  const fmt = (v: number, unit = ctx.unit) => formatValue(v, unit, { noun: ctx.noun });
  const head = s.value(ctx.subject, ctx.areaName(target.area), fmt(latest.value), periodPhrase(latest.period));
  const distanceUnit = isShareUnit(ctx.unit) ? 'procentpoint' : ctx.unit;
  const goal = target.goal;
  let detail = '';
  if (goal.kind === 'relative-to-benchmark' && result.threshold !== undefined) {
    const d = latest.value - result.threshold;
    const side = Math.abs(d) < 1e-9 ? 'lig' : d > 0 ? 'over' : 'under';
    detail = s.againstBenchmark(
      fmt(Math.abs(d), distanceUnit),
      side,
      benchmarkName(goal.benchmarkArea, ctx),
      fmt(result.threshold),
    );
  } else if (goal.kind === 'relative-to-period' && result.compared?.reference) {
    detail = s.againstReference(fmt(result.compared.reference.value), periodPhrase(goal.referencePeriod));
  } else if (
    goal.kind === 'gap-narrows' &&
    result.compared?.benchmark &&
    result.compared.reference &&
    result.compared.referenceBenchmark
  ) {
    const { benchmark, reference, referenceBenchmark } = result.compared;
    const now = Math.abs(latest.value - benchmark.value);
    const then = Math.abs(reference.value - referenceBenchmark.value);
    detail = s.gap(fmt(now, distanceUnit), fmt(then, distanceUnit), periodPhrase(goal.referencePeriod));
  }
  const title = lowerFirst(target.title);
  const closed = result.status === 'naaet' || result.status === 'ikke-naaet';
  const verdict = closed
    ? result.status === 'naaet'
      ? s.direction.heldThen(title)
      : s.direction.failedThen(title)
    : s.direction[result.direction ?? 'fails'](title);
  return `${head}${detail}.${otherSources(latest, ctx)} ${verdict}`;
}

function numericSentence(target: Target, result: StatusResult, ctx: SentenceContext): string {
  const latest = result.latest!;
  const fmt = (v: number) => formatValue(v, ctx.unit, { noun: ctx.noun });
  const goal = lowerFirst(goalText(target.goal, ctx.unit, ctx.areaName, ctx.noun));
  const head = s.value(ctx.subject, ctx.areaName(target.area), fmt(latest.value), periodPhrase(latest.period));
  const projected = result.projection
    ? s.projected(fmt(Math.round(result.projection.value * 10) / 10), periodPhrase(target.deadline))
    : '';
  const verdict = result.status === 'mangler-data' ? s.cannotJudge(result.reason ?? '') : s.result[result.status];
  return `${head}${s.againstGoal(goal)}.${otherSources(latest, ctx)}${projected} ${verdict}${result.partial ? s.partial : ''}`;
}

/** The sentence under a goal: what the newest figure says against the goal, and the verdict. */
export function goalSentence(
  target: Target,
  result: StatusResult | undefined,
  ctx: SentenceContext,
): string | undefined {
  if (!result) return undefined;
  if (result.stated) return s.stated(result.stated.met, result.stated.text);
  if (result.status === 'mangler-data' && !result.latest) {
    if (result.missing === 'no-official') return s.noOfficial(ctx.areaName(target.area));
    if (result.missing === 'expired') return s.noFollowUp(periodPhrase(target.deadline));
    return target.baseline ? s.sparse : s.notYet;
  }
  if (target.level === 'retningsmaal' && result.latest) return directionSentence(target, result, ctx);
  return numericSentence(target, result, ctx);
}

const HOLDS: readonly TargetStatus[] = ['naaet', 'paa-vej'];
const FAILS: readonly TargetStatus[] = ['ikke-naaet', 'ikke-paa-vej'];

/** One sentence for a plan: "3 af 5 mål, der kan vurderes, holder; 2 mangler tal." */
export function planSentence(results: readonly StatusResult[]): string {
  if (results.length === 0) return s.plan.none;
  const count = (test: (status: TargetStatus) => boolean) => results.filter((r) => test(r.status)).length;
  const missing = count((x) => x === 'mangler-data');
  const judged = results.length - missing;
  if (judged === 0) return s.plan.noneJudged(results.length);
  const closed = count((x) => x === 'naaet' || x === 'ikke-naaet');
  const tense = closed === judged ? 'past' : closed === 0 ? 'now' : 'mixed';
  const parts = [
    s.plan.judged(
      count((x) => HOLDS.includes(x)),
      judged,
      s.plan.verbs[tense],
    ),
  ];
  const risk = count((x) => x === 'i-risiko');
  const failed = count((x) => FAILS.includes(x));
  if (risk > 0) parts.push(s.plan.risk(risk));
  if (failed > 0) parts.push(s.plan.failed(failed, tense === 'past'));
  if (missing > 0) parts.push(s.plan.missing(missing));
  return `${parts.join('; ')}.`;
}
