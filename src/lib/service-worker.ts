import { SKIP_WAITING_MESSAGE } from '@/sw/shell-routes';

/**
 * The app-shell service worker (src/sw): in production builds only, where
 * the mocked API's own worker is not running. Without it the app works the
 * same, except that it cannot start while the network is down.
 */
const ENABLED =
  import.meta.env.PROD && import.meta.env.VITE_MOCK_API !== 'true' && import.meta.env.VITE_SERVICE_WORKER !== 'false';

const supported = () => ENABLED && 'serviceWorker' in navigator;

// How long an ordinary page waits after loading before the worker downloads the app's files.
const IDLE_DELAY_MS = 5_000;

/**
 * Registers the worker where it serves: the wall screen, which must start
 * with the network down, at once after loading; any other page only once it
 * has loaded and then sat idle, so the worker's downloads (every file of the
 * build) never compete with the first screen's.
 */
export function registerServiceWorker(): void {
  if (!supported()) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    // A failed registration (private mode, a proxy stripping the file) only costs offline start-up.
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  };
  const kiosk = location.pathname.startsWith(`${base}skaerm`);
  const whenIdle = () =>
    setTimeout(
      () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 10_000 }) : register()),
      IDLE_DELAY_MS,
    );
  const afterLoad = kiosk ? register : whenIdle;
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/**
 * Calls `onNewVersion` when a newer build's worker takes over this page, so
 * a page that is never reloaded by hand (the wall screen) knows it is
 * running old code. Asks the server for a new worker every `checkEveryMs`
 * (browsers only look by themselves on navigation), and a new worker that is
 * installed but still waiting to take over. Returns the unsubscribe.
 */
export function watchForNewVersion(onNewVersion: () => void, checkEveryMs: number): () => void {
  if (!supported()) return () => undefined;
  const container = navigator.serviceWorker;
  // The first worker taking over a page that had none is an install, not a new version.
  let controlled = container.controller !== null;
  const onControllerChange = () => {
    if (controlled) onNewVersion();
    controlled = true;
  };
  container.addEventListener('controllerchange', onControllerChange);
  const timer = setInterval(() => {
    container
      .getRegistration()
      .then((registration) => {
        // A new build's worker installed but held back by the browser: asked, it takes over (SKIP_WAITING_MESSAGE).
        registration?.waiting?.postMessage(SKIP_WAITING_MESSAGE);
        return registration?.update();
      })
      .catch(() => undefined);
  }, checkEveryMs);
  return () => {
    container.removeEventListener('controllerchange', onControllerChange);
    clearInterval(timer);
  };
}
