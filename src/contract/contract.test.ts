import { describe, expect, it } from 'vitest';
import { ContractError, parseResource, seriesSchema } from './index';

const provenance = {
  kind: 'document',
  document: '003_8ec760b96f86ce0e.txt',
  location: 'Figur 9',
  quote: 'Sygedagpenge 258 317 427',
};
const validSeries = {
  indicatorId: 'sygedagpenge-helaarspersoner',
  area: '183',
  unit: 'helaarspersoner',
  points: [{ period: '2021-09', value: 427, provenance }],
};

function issuesOf(data: unknown): string[] {
  try {
    parseResource(seriesSchema, data, 'indicators/sygedagpenge-helaarspersoner/183.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    const e = error as ContractError;
    expect(e.message).toContain('indicators/sygedagpenge-helaarspersoner/183.json');
    return [...e.issues];
  }
  throw new Error('expected the data to be rejected');
}

describe('series schema', () => {
  it('turns wire periods into domain periods', () => {
    const series = parseResource(seriesSchema, validSeries, 'x.json');
    expect(series.points[0]?.period).toEqual({ kind: 'month', year: 2021, month: 9 });
  });

  it('names the field and says what is wrong with a wrong type', () => {
    const issues = issuesOf({ ...validSeries, points: [{ ...validSeries.points[0], value: '427' }] });
    expect(issues).toEqual([expect.stringMatching(/^feltet «points\[0\]\.value»: Værdien skal være et tal/)]);
  });

  it('rejects an unknown area code', () => {
    expect(issuesOf({ ...validSeries, area: '999' })).toEqual(['feltet «area»: Ukendt områdekode «999»']);
  });

  it('rejects a period written as in the PDF instead of a code', () => {
    const issues = issuesOf({ ...validSeries, points: [{ ...validSeries.points[0], period: 'sep-21' }] });
    expect(issues[0]).toMatch(/^feltet «points\[0\]\.period»: Ugyldig periode «sep-21»/);
  });

  it('refuses a value without provenance', () => {
    const { provenance: _omit, ...point } = validSeries.points[0]!;
    const issues = issuesOf({ ...validSeries, points: [point] });
    expect(issues[0]).toMatch(/^feltet «points\[0\]\.provenance»: Kilde mangler/);
  });

  it('refuses a document source without its place in the document', () => {
    const issues = issuesOf({
      ...validSeries,
      points: [{ ...validSeries.points[0], provenance: { ...provenance, location: '' } }],
    });
    expect(issues[0]).toMatch(/points\[0\]\.provenance\.location.*Angiv stedet/);
  });

  it('accepts synthetic values only when they say how they were made', () => {
    const synthetic = { period: '2021-08', value: 420, provenance: { kind: 'synthetic', method: 'interpolation' } };
    expect(() => parseResource(seriesSchema, { ...validSeries, points: [synthetic] }, 'x.json')).not.toThrow();
    const issues = issuesOf({ ...validSeries, points: [{ ...synthetic, provenance: { kind: 'synthetic' } }] });
    expect(issues[0]).toMatch(/provenance\.method/);
  });
});
