import { describe, expect, it } from 'vitest';
import { currentPlanIds, currentPlans, yearsWithoutPlan } from './current-plans';

const plans = [
  { id: 'rr2014', kind: 'resultatrevision', year: 2014, areas: ['jc-vallensbaek'] },
  { id: 'as2015', kind: 'aktiveringsstrategi', year: 2015, areas: ['183', 'jc-vallensbaek'] },
  { id: 'bp2020', kind: 'beskaeftigelsesplan', year: 2020, areas: ['jc-vallensbaek', '183', '187'] },
  { id: 'bp2022', kind: 'beskaeftigelsesplan', year: 2022, areas: ['183'] },
  { id: 'bp2023', kind: 'beskaeftigelsesplan', year: 2023, areas: ['187'] },
];

describe('the plans in force', () => {
  it('are Ishøj’s BP22 and Vallensbæk’s BP23, each kommune’s newest own employment plan', () => {
    expect(currentPlans(plans).map((c) => [c.area, c.plan.id])).toEqual([
      ['183', 'bp2022'],
      ['187', 'bp2023'],
    ]);
    expect([...currentPlanIds(plans)]).toEqual(['bp2022', 'bp2023']);
  });

  it('fall back to a joint plan while a kommune has none of its own', () => {
    expect(currentPlans(plans.slice(0, 3)).map((c) => c.plan.id)).toEqual(['bp2020', 'bp2020']);
  });

  it('leave the years after the newest plan without one, said as a span', () => {
    expect(yearsWithoutPlan(plans, new Date('2026-12-01'))).toEqual({ from: 2024, to: 2026 });
    expect(yearsWithoutPlan(plans, new Date('2023-06-01'))).toBeUndefined();
  });
});
