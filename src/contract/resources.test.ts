import { describe, expect, it } from 'vitest';
import { documentApiFiles } from '../../data/api';
import { ContractError } from './validation-error';
import { validateResource } from './paths';
import { resourceKind, type ResourceKind } from './resource-kind';

/*
 * Every resource the API serves is checked by its own schema, not only
 * series: each rejection names the file and the field, in Danish. The valid
 * bodies are the dataset's own files, each broken in one place.
 */

const files = documentApiFiles();
const clone = <T>(path: string): T => structuredClone(files.get(path)) as T;

type Json = Record<string, unknown>;
type PlanJson = { targets: Json[] };
type SectionJson = { series: { sources: unknown; values: unknown[] }[] };

function rejection(kind: ResourceKind, body: unknown, path: string): string[] {
  try {
    validateResource(kind, body, path);
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    const e = error as ContractError;
    expect(e.message).toContain(path);
    return [...e.issues];
  }
  throw new Error(`${path} blev godtaget`);
}

describe('the contract of every resource', () => {
  it('accepts every file of the dataset as it is', () => {
    let checked = 0;
    for (const [path, body] of files) {
      const kind = resourceKind(path);
      if (!kind) continue;
      expect(() => validateResource(kind, body, path)).not.toThrow();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('rejects a plan target whose goal is not data (a milestone with an indicator)', () => {
    const plan = clone<PlanJson>('plans/rr2014.json');
    plan.targets[0]!.goal = { kind: 'milestone', text: 'Noget skal ske' };
    const issues = rejection('plan', plan, 'plans/rr2014.json');
    expect(issues.join('\n')).toMatch(/feltet «targets\[0\]\.goal»/);
  });

  it('rejects a plan whose deadline is written as in the PDF', () => {
    const plan = clone<PlanJson>('plans/rr2014.json');
    plan.targets[0]!.deadline = 'dec-14';
    expect(rejection('plan', plan, 'plans/rr2014.json').join('\n')).toMatch(/feltet «targets\[0\]\.deadline»/);
  });

  it('rejects an unknown area code in the areas list', () => {
    const areas = clone<Json[]>('areas.json');
    areas[0]!.code = '9999';
    expect(rejection('areas', areas, 'areas.json').join('\n')).toMatch(/feltet «\[0\]\.code»: Ukendt områdekode/);
  });

  it('rejects an indicator with a unit the app does not know', () => {
    const indicators = clone<Json[]>('indicators.json');
    indicators[0]!.unit = 'stk';
    expect(rejection('indicators', indicators, 'indicators.json').join('\n')).toMatch(
      /feltet «\[0\]\.unit»: Ukendt enhed/,
    );
  });

  it('rejects a cross-section whose value points at a source it does not have', () => {
    const path = [...files.keys()].find((p) => /^indicators\/[^/]+\/latest\.json$/.test(p))!;
    const section = clone<SectionJson>(path);
    section.series[0]!.sources = 'ukendt';
    expect(rejection('crossSection', section, path).join('\n')).toMatch(/Ukendt kilde «ukendt»/);
  });

  it('rejects a cross-section with fewer values than periods', () => {
    const path = [...files.keys()].find((p) => /^indicators\/[^/]+\/latest\.json$/.test(p))!;
    const section = clone<SectionJson>(path);
    section.series[0]!.values = section.series[0]!.values.slice(1);
    expect(rejection('crossSection', section, path).join('\n')).toMatch(/én værdi og én kilde pr\. periode/);
  });

  it('rejects an index from another API version, or without the time it was generated', () => {
    const index = clone<Json>('index.json');
    index.apiVersion = 2;
    expect(rejection('index', index, 'index.json').join('\n')).toMatch(/apiVersion/);
    const undated = clone<Json>('index.json');
    delete undated.generated;
    expect(rejection('index', undated, 'index.json').join('\n')).toMatch(/generated/);
  });
});
