import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../../src/lib/status-colors';

describe('status colours', () => {
  it('are the same in the stylesheet (badges, cards) as in the charts', () => {
    const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
    for (const [status, colour] of Object.entries(STATUS_COLORS)) {
      expect(css).toContain(`--status-${status}: ${colour};`);
      expect(css).toContain(`.status-badge.status-${status} {\n  color: var(--status-${status});`);
    }
  });
});
