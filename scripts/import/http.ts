import { ImportError } from './config';

/**
 * One HTTP request with the faults official APIs have: a timeout per
 * attempt, retries with exponential backoff on 429, 5xx, timeouts and lost
 * connections, and a plain message for a refused key. The key never appears
 * in a message: callers pass it in a header, and `scrub` removes it anywhere.
 */

export type HttpOptions = {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  /** What to call the source in messages: «Jobindsats», «Statistikbanken». */
  sourceName: string;
  secret?: string;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
};

export const BAD_KEY_TEXT = 'Forkert nøgle eller nøglen er udløbet';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function scrub(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('***') : text;
}

function retryDelay(response: Response | undefined, attempt: number, backoffMs: number): number {
  const header = response?.headers.get('retry-after');
  const seconds = header ? Number(header) : NaN;
  // Honour the server's wish, but never hang an analyst's terminal for long.
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000);
  return backoffMs * 2 ** attempt;
}

export async function requestText(url: string, init: RequestInit, options: HttpOptions): Promise<string> {
  const sleep = options.sleep ?? defaultSleep;
  const what = `${options.sourceName} (${scrub(new URL(url).pathname, options.secret)})`;
  let lastProblem = '';
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    let response: Response | undefined;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (e) {
      const err = e as Error;
      lastProblem =
        err.name === 'TimeoutError'
          ? `svarede ikke inden for ${(options.timeoutMs / 1000).toLocaleString('da-DK')} sekunder`
          : `kunne ikke nås (${scrub(err.message, options.secret)})`;
    }
    if (response) {
      const body = await response.text().catch(() => '');
      if (body.includes(BAD_KEY_TEXT) || response.status === 401 || response.status === 403) {
        throw new ImportError(
          `${what} afviste adgangen (HTTP ${response.status}). ` +
            (body.includes(BAD_KEY_TEXT)
              ? `Svaret var: «${BAD_KEY_TEXT}.» Bestil en ny nøgle og sæt den i miljøvariablen.`
              : 'Tjek, at nøglen i miljøvariablen er gyldig og har adgang til tabellen.'),
        );
      }
      if (response.ok) return body;
      if (response.status !== 429 && response.status < 500) {
        throw new ImportError(`${what} svarede HTTP ${response.status}: ${scrub(body.slice(0, 300), options.secret)}`);
      }
      lastProblem = `svarede HTTP ${response.status}`;
    }
    if (attempt < options.retries) {
      const delay = retryDelay(response, attempt, options.backoffMs);
      options.log?.(`${what} ${lastProblem}; prøver igen om ${Math.round(delay / 100) / 10} s`);
      await sleep(delay);
    }
  }
  throw new ImportError(`${what} ${lastProblem} – også efter ${options.retries + 1} forsøg. Intet er skrevet.`);
}
