/**
 * Development scenarios for the mocked API, switchable without code changes:
 * `?scenarie=fejl` in the address (remembered for the tab), or the dev panel.
 */
export const SCENARIOS = {
  normal: 'Normal',
  forsinkelse: 'Realistisk forsinkelse (0,6–1,8 s)',
  fejl: 'Serverfejl (500)',
  ugyldig: 'Misdannet JSON',
  'forkert-format': 'Gyldig JSON i forkert format',
  offline: 'Offline (netværksfejl)',
  maanedlig: 'Månedlige værdier (syntetisk udfyldning)',
  stor: 'Stort datasæt: alle kommuner, månedlige syntetiske tal i ti år',
} as const;

export type Scenario = keyof typeof SCENARIOS;

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && value in SCENARIOS;
}

let current: Scenario = 'normal';

export function getScenario(): Scenario {
  return current;
}

export function setScenario(scenario: Scenario): void {
  current = scenario;
}
