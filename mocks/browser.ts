import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { isScenario, setScenario, type Scenario } from './scenarios';

const STORAGE_KEY = 'pejlemaerke:scenarie';

/** The scenario from `?scenarie=…`, else the one remembered for this tab. */
function initialScenario(): Scenario {
  const fromUrl = new URLSearchParams(window.location.search).get('scenarie');
  if (isScenario(fromUrl)) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const stored = sessionStorage.getItem(STORAGE_KEY);
  return isScenario(stored) ? stored : 'normal';
}

export function chooseScenario(scenario: Scenario): void {
  sessionStorage.setItem(STORAGE_KEY, scenario);
  setScenario(scenario);
}

export async function startMockApi(): Promise<void> {
  setScenario(initialScenario());
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
