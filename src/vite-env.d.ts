/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a server implementing API v1; defaults to the app's own /api/v1/. */
  readonly VITE_API_BASE_URL?: string;
  /** "true" starts the mocked API (MSW) in the browser; the dev server sets it unless told otherwise. */
  readonly VITE_MOCK_API?: string;
  /** "false" leaves out the app-shell service worker from a production build (it is never used in development). */
  readonly VITE_SERVICE_WORKER?: string;
}

/** The built URL of the ECharts chunk, to preload it (scripts/echarts-url-plugin.ts); undefined in development. */
declare module 'virtual:echarts-url' {
  const url: string | undefined;
  export default url;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The Prioritized Task Scheduling API, where the browser has it (Chromium); not in TypeScript's DOM types yet. */
// eslint-disable-next-line no-var -- a global is declared with var
declare var scheduler: { yield?: () => Promise<void> } | undefined;
