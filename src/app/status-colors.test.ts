import { describe, expect, it } from 'vitest';
import css from './styles.css?raw';
import { STATUS_COLORS } from '@/lib/status-colors';

describe('status colours', () => {
  it('are the same in the stylesheet (badges, cards) as in the charts', () => {
    for (const [status, colour] of Object.entries(STATUS_COLORS)) {
      expect(css).toContain(`--status-${status}: ${colour};`);
      expect(css).toContain(`.status-badge.status-${status} {\n  color: var(--status-${status});`);
    }
  });
});
