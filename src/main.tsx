import type { ComponentType } from 'react';
import { startApp } from './app/start';
import { registerServiceWorker } from './lib/service-worker';
import './app/styles.css';
// In the first load's stylesheet too: a prerendered series page or målgruppe table is drawn with it before
// its code arrives.
import './features/series/series.css';
import './features/target-groups/table.css';

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
