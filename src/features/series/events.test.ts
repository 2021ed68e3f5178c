import { describe, expect, it } from 'vitest';
import { eventLabelLevels } from './events';

describe('eventLabelLevels', () => {
  it('keeps numbers far apart in the row above the plot', () => {
    expect([...eventLabelLevels([0, 100, 200], 50).values()]).toEqual([0, 0, 0]);
  });

  it('raises a number that would touch the one before it, and lowers the next again', () => {
    // Three events close together: the middle one a row up; the outer two are twice as far apart.
    expect([...eventLabelLevels([0, 10, 20, 200], 50).values()]).toEqual([0, 1, 0, 0]);
    expect([...eventLabelLevels([0, 10, 200, 205], 50).entries()]).toEqual([
      [0, 0],
      [10, 1],
      [200, 0],
      [205, 1],
    ]);
  });

  it('has nothing to place without events', () => {
    expect(eventLabelLevels([], 50).size).toBe(0);
  });
});
