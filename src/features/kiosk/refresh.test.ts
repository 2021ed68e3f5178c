import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { apiDown, slideFreshness, type QueryHealth } from './refresh';

const network = new ApiError('network', 'index.json', 'nede');
const notFound = new ApiError('http', 'plans/x.json', 'findes ikke', { status: 404 });
const contract = new ApiError('contract', 'plans/x.json', 'forkert format');
const notJson = new ApiError('not-json', 'plans/x.json', 'ikke JSON');

const q = (over: Partial<QueryHealth>): QueryHealth => ({
  role: 'data',
  active: true,
  dataUpdatedAt: 100,
  errorUpdatedAt: 0,
  error: null,
  ...over,
});
const poll = (over: Partial<QueryHealth> = {}) => q({ role: 'poll', dataUpdatedAt: 500, ...over });

describe('how current the slide on screen is', () => {
  it('gives its oldest data’s fetch time, and no failure while every query answered', () => {
    expect(slideFreshness([q({ dataUpdatedAt: 100 }), q({ dataUpdatedAt: 80 }), poll()])).toEqual({
      fetchedAt: 80,
      failingSince: null,
    });
  });

  it('counts a failed refresh of any kind, 404, malformed or contract error as much as the network', () => {
    for (const error of [network, notFound, contract, notJson]) {
      expect(
        slideFreshness([q({ dataUpdatedAt: 100, errorUpdatedAt: 200, error }), q({ dataUpdatedAt: 150 }), poll()]),
      ).toEqual({ fetchedAt: 100, failingSince: 100 });
    }
  });

  it('fails while the index poll is down, even though the other queries wait instead of failing', () => {
    expect(slideFreshness([q({ dataUpdatedAt: 100 }), poll({ errorUpdatedAt: 900, error: network })])).toEqual({
      fetchedAt: 100,
      failingSince: 100,
    });
  });

  it('leaves a resource that never loaded and never will to the slide’s own placeholder', () => {
    expect(slideFreshness([q({ dataUpdatedAt: 0, errorUpdatedAt: 5, error: notFound }), poll()])).toEqual({
      fetchedAt: 0,
      failingSince: null,
    });
    expect(slideFreshness([q({ dataUpdatedAt: 0, errorUpdatedAt: 5, error: network }), poll()]).failingSince).toBe(0);
  });

  it('looks only at the slide on screen, not at other slides’ queries or the playlist file', () => {
    const others = [
      q({ active: false, dataUpdatedAt: 10, errorUpdatedAt: 20, error: network }),
      q({ role: 'other', dataUpdatedAt: 1 }),
    ];
    expect(slideFreshness([q({ dataUpdatedAt: 100 }), ...others, poll()])).toEqual({
      fetchedAt: 100,
      failingSince: null,
    });
  });
});

describe('apiDown', () => {
  it('is true while the latest poll failed with an error a retry may fix', () => {
    expect(apiDown({ dataUpdatedAt: 100, errorUpdatedAt: 200, error: network })).toBe(true);
    expect(apiDown({ dataUpdatedAt: 0, errorUpdatedAt: 200, error: network })).toBe(true);
  });

  it('is false once a poll answers again, and for errors that waiting will not fix', () => {
    expect(apiDown({ dataUpdatedAt: 300, errorUpdatedAt: 200, error: network })).toBe(false);
    expect(apiDown({ dataUpdatedAt: 100, errorUpdatedAt: 200, error: notFound })).toBe(false);
    expect(apiDown({ dataUpdatedAt: 0, errorUpdatedAt: 0, error: null })).toBe(false);
  });
});
