import { periodEndMonth, periodStartMonth, type Period } from './period';
import { periodLabel } from './period-label';
import type { ValueChoice } from './pick-value';
import type { StatusTarget } from './status-types';

/*
 * Rules both judges use: the numeric one (status.ts) and the one for
 * retningsmål and milestones (direction-status.ts). Apart, so neither imports the other's caller.
 */

export function contained(inner: Period, outer: Period): boolean {
  return periodStartMonth(inner) >= periodStartMonth(outer) && periodEndMonth(inner) <= periodEndMonth(outer);
}

/** What pickValue's choice for a period says about the other sources, for the status notes. */
export function choiceNotes(choice: ValueChoice): string[] {
  return choice.others.flatMap(({ point, relation }) => {
    if (relation === 'same') return [];
    return relation === 'revision'
      ? [
          `Dokumentets tal for ${periodLabel(choice.period)}, ${point.value}, er senere revideret til ${choice.value} i den officielle statistik; ${choice.value} er brugt.`,
        ]
      : [
          `Kilderne angiver både ${choice.value} og ${point.value} for ${periodLabel(choice.period)}; ${choice.value} er brugt.`,
        ];
  });
}

export function noFollowUp(target: StatusTarget, closed: boolean): string {
  return closed
    ? `Fristen udløb i ${periodLabel(target.deadline)}; kilderne har ingen opfølgning.`
    : 'Der er endnu ingen opfølgning efter udgangspunktet.';
}
