import type { ComponentType } from 'react';
import { registerServiceWorker } from './lib/service-worker';
import './app/styles.css';

/**
 * The entry is small on purpose: the app itself (./app/start, React and
 * everything it imports) is fetched at once beside it (the build preloads it,
 * scripts/app-preload-plugin.ts) but evaluated only here. On a prerendered
 * page the figures are already in the HTML, and evaluating the app takes
 * longer than parsing the page did: the browser paints first.
 *
 * The mocked API starts before the first render, and only when VITE_MOCK_API
 * is "true" (the dev server's default). Vite drops this branch from
 * production builds, so no MSW code ships.
 */
async function enableMocking(): Promise<ComponentType | undefined> {
  if (import.meta.env.VITE_MOCK_API !== 'true') return undefined;
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi();
  return (await import('../mocks/dev-panel')).DevPanel;
}

/** Resolves once the browser has painted a frame: a task queued in a frame's callback runs after its paint. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root mangler i index.html');

registerServiceWorker();
void (async () => {
  const devPanel = await enableMocking();
  // A page opened in a background tab paints no frame until it is shown; it starts at once.
  if (root.dataset.bundle !== undefined && document.visibilityState === 'visible') await afterPaint();
  const { startApp } = await import('./app/start');
  await startApp(root, devPanel);
})();
