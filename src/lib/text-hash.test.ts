import { describe, expect, it } from 'vitest';
import { textHash } from './text-hash';

describe('text hash', () => {
  it('is the FNV-1a fingerprint, as 8 hex digits', () => {
    expect(textHash('')).toBe('811c9dc5');
    expect(textHash('a')).toBe('e40c292c');
    expect(textHash('foobar')).toBe('bf9cf968');
  });

  it('tells texts that differ in one character apart', () => {
    expect(textHash('{"value":653}')).not.toBe(textHash('{"value":655}'));
  });
});
