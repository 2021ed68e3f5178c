import { describe, expect, it } from 'vitest';
import { queryKeyForPath } from './query-for-path';

describe('the query for an API path', () => {
  it('has the key and the path the pages use', () => {
    expect(queryKeyForPath('plans.json')).toEqual(['plans', 'list']);
    expect(queryKeyForPath('plans/bp2022.json')).toEqual(['plans', 'detail', 'bp2022']);
    expect(queryKeyForPath('indicators/ledighed-faktisk/183.json')).toEqual(['series', 'ledighed-faktisk', '183']);
    expect(queryKeyForPath('index.json')).toEqual(['reference', 'index']);
  });

  it('knows no query for a path outside the contract', () => {
    expect(queryKeyForPath('pages/overview.json')).toBeUndefined();
    expect(queryKeyForPath('../secrets.json')).toBeUndefined();
  });
});
