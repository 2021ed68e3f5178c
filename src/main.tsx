import type { ComponentType } from 'react';
import { startApp } from './app/start';
import { registerServiceWorker } from './lib/service-worker';
// The stylesheet every page carries in its HTML; the few a prerendered page also needs before its code
// arrives are written into that page alone (scripts/route-styles.ts).
import './app/styles.css';
import './app/offscreen-sections.css';

/**
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

const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root mangler i index.html');

registerServiceWorker();
void enableMocking().then((devPanel) => startApp(root, devPanel));
