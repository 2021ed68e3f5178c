import { SKIP_WAITING_MESSAGE } from '@/sw/shell-routes';
import { readWaiting, type WaitingWatch } from './waiting-worker';

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
 * Set in this tab (sessionStorage outlives a reload) when the page was told to reload for a new build whose
 * worker was stuck waiting: the reloaded page, the new build's own from the network, must not reload again
 * for the same wait. Without storage (a locked-down browser) the page never reloads for a stuck worker,
 * rather than again and again.
 */
const STUCK_RELOAD_KEY = 'pejlemaerke:reloaded-for-waiting-worker';
const stuckReload = {
  done: () => {
    try {
      return sessionStorage.getItem(STUCK_RELOAD_KEY) !== null;
    } catch {
      return true;
    }
  },
  mark: () => {
    try {
      sessionStorage.setItem(STUCK_RELOAD_KEY, String(Date.now()));
    } catch {
      // See above: done() then says so.
    }
  },
  forget: () => {
    try {
      sessionStorage.removeItem(STUCK_RELOAD_KEY);
    } catch {
      // Nothing was stored.
    }
  },
};

/**
 * Calls `onNewVersion` when a page that is never reloaded by hand (the wall
 * screen) should load again to run a newer build: when the new build's
 * worker takes over this page, or when it has waited STUCK_AFTER_MS to take
 * over (once per wait). The page then loads from the network, through the
 * old worker, which still falls back to its cache; so a reload while the
 * network is down still starts the app. Asks the server for a new worker
 * every `checkEveryMs` (browsers only look by themselves on navigation), and
 * a new worker that is installed but still waiting to take over. Returns the
 * unsubscribe.
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
  let watch: WaitingWatch = null;
  const timer = setInterval(() => {
    container
      .getRegistration()
      .then((registration) => {
        const waiting = registration?.waiting ?? null;
        const reading = readWaiting(watch, waiting, Date.now());
        watch = reading.watch;
        if (waiting === null) stuckReload.forget();
        else if (reading.stuck && !stuckReload.done()) {
          stuckReload.mark();
          onNewVersion();
        }
        // A new build's worker installed but held back by the browser: asked, it takes over (SKIP_WAITING_MESSAGE).
        waiting?.postMessage(SKIP_WAITING_MESSAGE);
        return registration?.update();
      })
      .catch(() => undefined);
  }, checkEveryMs);
  return () => {
    container.removeEventListener('controllerchange', onControllerChange);
    clearInterval(timer);
  };
}
