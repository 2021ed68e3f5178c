import { describe, expect, it } from 'vitest';
import type { Plan } from '@/contract';
import { buildGlossary, entriesIn, splitTerms, termKeys } from './glossary';

const provenance = { kind: 'document', document: '003_8ec760b96f86ce0e.txt', location: 'Bilag' } as const;
const plan = (title: string, terms: string[]) =>
  ({ title, definitions: terms.map((term) => ({ term, text: `${term} betyder …`, provenance })) }) as unknown as Plan;

const glossary = buildGlossary([
  plan('BP 2022', ['Uddannelsesparat / aktivitetsparat ung', 'Jobafklaringsforløb']),
  plan('BP 2023', ['Jobafklaringsforløb', 'Langtidsledige (målgruppe i aktiveringsstrategien)']),
]);

describe('the glossary', () => {
  it('makes search keys from the documents’ terms', () => {
    expect(termKeys('Uddannelsesparat / aktivitetsparat ung')).toEqual(['uddannelsesparat', 'aktivitetsparat ung']);
    expect(termKeys('Langtidsledige (målgruppe i aktiveringsstrategien)')).toEqual(['langtidsledig']);
  });

  it('keeps one entry per term, with each plan’s definition', () => {
    const entry = glossary.find((e) => e.term === 'Jobafklaringsforløb')!;
    expect(entry.definitions.map((d) => d.planTitle)).toEqual(['BP 2022', 'BP 2023']);
  });

  it('finds the first occurrence of a term in a text, in any inflection', () => {
    const parts = splitTerms('Flere uddannelsesparate unge og færre langtidsledige; uddannelsesparate igen.', glossary);
    expect(parts).toEqual([
      'Flere ',
      { text: 'uddannelsesparate', entryId: 'begreb-uddannelsesparat' },
      ' unge og færre ',
      { text: 'langtidsledige', entryId: 'begreb-langtidsledig' },
      '; uddannelsesparate igen.',
    ]);
    expect(splitTerms('Ingen begreber her', glossary)).toEqual(['Ingen begreber her']);
  });

  it('lists only the terms a page uses', () => {
    expect(entriesIn(glossary, ['Borgere i jobafklaringsforløb']).map((e) => e.term)).toEqual(['Jobafklaringsforløb']);
  });
});
