import { compare, higherIsBetter } from './goal';
import { periodEnd, shiftPeriod } from './period';
import { periodLabel } from './period-label';
import { latestValue, valueAt, valuesByPeriod } from './pick-value';
import { choiceNotes, contained, noFollowUp } from './status-rules';
import type { StatusResult, StatusTarget } from './status-types';
import { resolveThreshold, type SeriesLookup, type Threshold } from './threshold';
import { isShareUnit } from './units';

/**
 * Directions and milestones.
 *
 * A retningsmål is a direction a pejlemærke states in words ("lav ledighed",
 * "færre sygedagpengemodtagere end før corona"), read as a measurable goal.
 * It is judged only on official figures: a plan's own numbers are the
 * reference, never the follow-up. While its plan is in force it is judged on
 * the newest official figure; a superseded plan's direction is judged inside
 * its own year. Holds → på vej; holds, but by less than a tenth and less than a
 * year ago → i risiko; does not hold → ikke på vej (or ikke nået once closed).
 *
 * A milestone has no figure: it is judged only on what the document says.
 */

/** Within this share of the threshold, a direction that still holds but is slipping is "i risiko". */
const NARROW = 0.1;

function officialOnly(lookup: SeriesLookup, indicatorId: string, area: string) {
  return lookup(indicatorId, area).filter((p) => p.provenance.kind === 'official');
}

function margin(value: number, threshold: Threshold & { ok: true }): number {
  return higherIsBetter(threshold.comparator) ? value - threshold.value : threshold.value - value;
}

function missingOfficial(target: StatusTarget): string {
  const tables = target.officialTables ?? [];
  return tables.length > 0
    ? `Retningen måles på officielle tal, og dem er der ikke hentet nogen af for området endnu: tabel ${tables.join(' og ')} skal importeres.`
    : 'Retningen måles på officielle tal, og datasættet har ingen officiel serie for denne måling.';
}

export function directionStatus(target: StatusTarget, lookup: SeriesLookup, now: Date): StatusResult {
  const base: StatusResult = { status: 'mangler-data', partial: false, notes: [] };
  const closed = !target.openEnded && now.getTime() >= periodEnd(target.deadline).getTime();
  if (target.goal.kind === 'milestone' || !target.indicatorId) {
    if (target.statedOutcome) {
      return {
        ...base,
        status: target.statedOutcome.met ? 'naaet' : closed ? 'ikke-naaet' : 'i-risiko',
        stated: target.statedOutcome,
        notes: [`Vurderet på planens egen opfølgning: «${target.statedOutcome.text}»`],
      };
    }
    return { ...base, reason: noFollowUp(target, closed), missing: closed ? 'expired' : 'not-yet' };
  }
  const indicatorId = target.indicatorId;
  const official = officialOnly(lookup, indicatorId, target.area).filter(
    (p) => periodEnd(p.period).getTime() <= now.getTime() && (target.openEnded || contained(p.period, target.deadline)),
  );
  const latest = target.openEnded ? latestValue(official) : valuesByPeriod(official).at(-1);
  if (!latest) {
    if (target.statedOutcome) {
      return {
        ...base,
        status: target.statedOutcome.met ? 'naaet' : 'ikke-naaet',
        stated: target.statedOutcome,
        notes: [`Vurderet på planens egen opfølgning i ord, ikke på et tal: «${target.statedOutcome.text}»`],
      };
    }
    const anyOfficial = officialOnly(lookup, indicatorId, target.area).length > 0;
    if (closed) return { ...base, reason: noFollowUp(target, true), missing: 'expired' };
    return anyOfficial
      ? { ...base, reason: noFollowUp(target, false), missing: 'not-yet' }
      : { ...base, reason: missingOfficial(target), missing: 'no-official' };
  }
  // A reference may be a plan's own figure (sygedagpenge "før corona", sep. 2019); pickValue prefers official ones.
  const threshold = resolveThreshold(target.goal, { indicatorId, area: target.area, lookup, at: latest.period });
  if (!threshold.ok) return { ...base, latest, reason: threshold.reason };

  const holds = compare(latest.value, threshold.comparator, threshold.value);
  const yearAgo = valueAt(official, shiftPeriod(latest.period, -12));
  const before =
    yearAgo && resolveThreshold(target.goal, { indicatorId, area: target.area, lookup, at: yearAgo.period });
  const slipping = before?.ok === true && margin(latest.value, threshold) < margin(yearAgo!.value, before);
  const narrow = Math.abs(margin(latest.value, threshold)) <= NARROW * Math.max(Math.abs(threshold.value), 1);
  const direction = !holds ? 'fails' : slipping && narrow ? 'holds-narrowly' : 'holds';
  const status =
    direction === 'fails'
      ? closed
        ? 'ikke-naaet'
        : 'ikke-paa-vej'
      : direction === 'holds'
        ? closed
          ? 'naaet'
          : 'paa-vej'
        : 'i-risiko';
  return {
    ...base,
    status,
    direction,
    latest,
    threshold: threshold.value,
    distance: latest.value - threshold.value,
    distanceUnit: isShareUnit(target.unit) ? 'procentpoint' : target.unit,
    compared: threshold.compared,
    notes: [
      `Vurderet på den nyeste officielle værdi (${periodLabel(latest.period)}${latest.point.provisional ? ', foreløbig' : ''}).`,
      ...choiceNotes(latest),
      ...threshold.notes,
    ],
  };
}
