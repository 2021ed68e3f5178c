import { act } from '@testing-library/react';
import { Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endHydration, hydrateAt, useHydrated, usePageNow } from './page-now';

const built = new Date('2026-12-01T23:55:00Z');

function Day() {
  return <p>{usePageNow().toISOString().slice(0, 10)}</p>;
}

// As the layout has it: the page's content inside a Suspense boundary, hydrated after the shell.
const pageOf = (Part: () => React.JSX.Element) => (
  <main>
    <Part />
    <Suspense fallback="…">
      <Part />
    </Suspense>
  </main>
);
const page = pageOf(Day);

afterEach(() => endHydration());

describe('usePageNow', () => {
  it('renders the prerender at the build moment', () => {
    hydrateAt(built);
    expect(renderToString(page)).toContain('2026-12-01');
  });

  it('hydrates a page built on another day without a mismatch, then shows the reader’s day', async () => {
    hydrateAt(built);
    const html = renderToString(page);
    const container = document.createElement('div');
    container.innerHTML = html;
    const errors: unknown[] = [];
    const today = new Date().toISOString().slice(0, 10);
    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([today, today]);
  });

  it('judges everything one hydration attaches at one reader’s moment', async () => {
    // Time moves on while React renders: each component mounting later than the one before.
    vi.useFakeTimers({ toFake: ['Date'] });
    const clock = { ms: built.getTime() + 3 * 86_400_000 };
    vi.setSystemTime(clock.ms);
    const tick = () => vi.setSystemTime((clock.ms += 5));
    function Instant() {
      const now = usePageNow();
      tick();
      return <time>{now.getTime()}</time>;
    }
    const shared = pageOf(Instant);
    hydrateAt(built);
    const container = document.createElement('div');
    container.innerHTML = renderToString(shared);
    await act(async () => {
      hydrateRoot(container, shared);
    });
    const [shell, content] = [...container.querySelectorAll('time')].map((t) => Number(t.textContent));
    vi.useRealTimers();
    expect(shell).toBeGreaterThan(built.getTime());
    expect(content).toBe(shell);
  });

  it('is the current time for what mounts outside a hydration, even while one is under way', () => {
    // The reader's moment is taken as the hydration starts (one for the whole page): what mounts meanwhile
    // gets that moment, never the build's. Read before it, or a millisecond between the two failed a loaded run.
    const before = Date.now();
    hydrateAt(built);
    const container = document.createElement('div');
    function Probe() {
      return <time>{usePageNow().getTime()}</time>;
    }
    act(() => createRoot(container).render(<Probe />));
    expect(Number(container.textContent)).toBeGreaterThanOrEqual(before);
  });
});

describe('useHydrated', () => {
  function Field() {
    return useHydrated() ? <input aria-label="Dato" /> : <output>7. september 2026</output>;
  }
  const fieldPage = pageOf(Field);

  it('draws the stand-in in the prerender', () => {
    hydrateAt(built);
    const html = renderToString(fieldPage);
    expect(html).toContain('<output>7. september 2026</output>');
    expect(html).not.toContain('<input');
  });

  it('attaches to the stand-in without a mismatch, then draws the control once attached', async () => {
    hydrateAt(built);
    const container = document.createElement('div');
    container.innerHTML = renderToString(fieldPage);
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, fieldPage, { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('input')).toHaveLength(2);
    expect(container.querySelector('output')).toBeNull();
  });

  it('draws the control at once where nothing hydrates', () => {
    const container = document.createElement('div');
    act(() => createRoot(container).render(fieldPage));
    expect(container.querySelectorAll('input')).toHaveLength(2);
  });
});
