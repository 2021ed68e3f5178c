/** The plain-Danish sentences under each goal and each plan. Built by src/lib/sentences.ts from the data. */
export const sentences = {
  value: (subject: string, area: string, value: string, period: string) =>
    `${subject} i ${area} var ${value} i ${period}`,
  againstBenchmark: (distance: string, side: 'over' | 'under' | 'lig', benchmark: string, level: string) =>
    side === 'lig' ? `, på niveau med ${benchmark} (${level})` : `, ${distance} ${side} ${benchmark} på ${level}`,
  nationalAverage: 'landsgennemsnittet',
  levelOf: (area: string) => `niveauet i ${area}`,
  againstReference: (value: string, period: string) => ` mod ${value} i ${period}`,
  gap: (now: string, then: string, period: string) => `: en afstand på ${now} mod ${then} i ${period}`,
  againstGoal: (goal: string) => ` mod målet: ${goal}`,
  direction: {
    holds: (title: string) => `Planens retning – ${title} – holder.`,
    'holds-narrowly': (title: string) => `Planens retning – ${title} – holder, men knebent og mindre end et år før.`,
    fails: (title: string) => `Planens retning – ${title} – holder ikke.`,
    heldThen: (title: string) => `Planens retning – ${title} – holdt i planens år.`,
    failedThen: (title: string) => `Planens retning – ${title} – holdt ikke i planens år.`,
  },
  result: {
    naaet: 'Målet er nået.',
    'ikke-naaet': 'Målet er ikke nået.',
    'paa-vej': 'Målet er på vej.',
    'i-risiko': 'Målet er i risiko.',
    'ikke-paa-vej': 'Målet er ikke på vej.',
  },
  partial: ' Opgørelsen dækker ikke hele perioden, så vurderingen er foreløbig.',
  projected: (value: string, deadline: string) => ` Fremskrevet til ${deadline} giver det ${value}.`,
  stated: (met: boolean, text: string) =>
    met
      ? `Planen skriver selv, at det er lykkedes: «${text}».`
      : `Planen skriver selv, at det ikke er lykkedes: «${text}».`,
  noOfficial: (area: string) => `Der er endnu ingen officielle tal for ${area}, så retningen kan ikke vurderes.`,
  noFollowUp: (deadline: string) =>
    `Fristen udløb i ${deadline}, og kilderne har ingen opfølgning, så det kan ikke siges, om målet blev nået.`,
  notYet: 'Der er endnu ingen opfølgning, så målet kan ikke vurderes.',
  cannotJudge: (reason: string) => `Målet kan ikke vurderes: ${reason}`,
  sparse: 'Kun ét tal fra planen, ingen udvikling at vurdere.',
  revised: (was: string, source: string) => ` Planens tal (${was}, ${source}) er senere revideret.`,
  disputed: (values: string, used: string) => ` Kilderne er uenige (${values}); ${used} er brugt.`,
  plan: {
    none: 'Planen har ingen mål, dashboardet kan vurdere.',
    noneJudged: (n: number) => `Ingen af de ${n} mål kan vurderes; alle mangler tal.`,
    judged: (ok: number, of: number, verb: string) => `${ok} af ${of} mål, der kan vurderes, ${verb}`,
    verbs: { now: 'holder', past: 'blev nået', mixed: 'er nået eller holder' },
    risk: (n: number) => `${n} i risiko`,
    failed: (n: number, past: boolean) => `${n} ${past ? 'blev ikke nået' : 'holder ikke'}`,
    missing: (n: number) => `${n} mangler tal`,
  },
} as const;
