import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { apiDown, failingSince } from './refresh';

const network = new ApiError('network', 'index.json', 'nede');
const notFound = new ApiError('http', 'plans/x.json', 'findes ikke', { status: 404 });

describe('failingSince', () => {
  it('is null while every query on screen answered last time', () => {
    expect(failingSince([{ active: true, dataUpdatedAt: 10, errorUpdatedAt: 5, error: null }])).toBeNull();
  });

  it('gives the oldest good data still shown once a refresh fails', () => {
    expect(
      failingSince([
        { active: true, dataUpdatedAt: 100, errorUpdatedAt: 200, error: network },
        { active: true, dataUpdatedAt: 50, errorUpdatedAt: 210, error: network },
        { active: false, dataUpdatedAt: 10, errorUpdatedAt: 220, error: network },
      ]),
    ).toBe(50);
  });

  it('ignores errors a retry cannot fix, and queries not on screen', () => {
    expect(failingSince([{ active: true, dataUpdatedAt: 0, errorUpdatedAt: 5, error: notFound }])).toBeNull();
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
