import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { setScenario } from '../mocks/scenarios';

// findBy… and waitFor wait for the app, not for a stopwatch: allow for a loaded machine.
// The overview validates its whole page bundle (every plan and series) in jsdom before it appears: seconds on a
// loaded 2-core machine (a clean-clone CI run beside another test run timed out at 5 s).
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout, so no ResizeObserver; charts only need it to exist.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

// Any request without a handler is a bug in the test or the app, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setScenario('normal');
});
afterAll(() => server.close());
