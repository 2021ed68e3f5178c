import { ImportError } from './config';

/**
 * One HTTP request with the faults official APIs have: a timeout per attempt
 * (covering the whole body, not just the headers), retries with exponential
 * backoff on 429, 5xx, timeouts, lost connections and bodies that stall, and
 * a plain message for a refused key. The key never appears in a message:
 * callers pass it in a header, and `scrub` removes it anywhere.
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

type Attempt = { ok: true; body: string } | { ok: false; problem: string; response?: Response };

async function attempt(url: string, init: RequestInit, options: HttpOptions, what: string): Promise<Attempt> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const seconds = `${(options.timeoutMs / 1000).toLocaleString('da-DK')} sekunder`;
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal });
  } catch (e) {
    const err = e as Error;
    return {
      ok: false,
      problem:
        err.name === 'TimeoutError'
          ? `svarede ikke inden for ${seconds}`
          : `kunne ikke nås (${scrub(err.message, options.secret)})`,
    };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (e) {
    // A body that stalls or breaks off is a failed attempt, never an empty answer.
    const err = e as Error;
    const problem =
      err.name === 'TimeoutError' ? `gik i stå midt i svaret (over ${seconds})` : 'afbrød svaret undervejs';
    return { ok: false, problem, response };
  }
  if (body.includes(BAD_KEY_TEXT) || response.status === 401 || response.status === 403) {
    throw new ImportError(
      `${what} afviste adgangen (HTTP ${response.status}). ` +
        (body.includes(BAD_KEY_TEXT)
          ? `Svaret var: «${BAD_KEY_TEXT}.» Bestil en ny nøgle og sæt den i miljøvariablen.`
          : 'Tjek, at nøglen i miljøvariablen er gyldig og har adgang til tabellen.'),
    );
  }
  if (response.ok) return { ok: true, body };
  if (response.status !== 429 && response.status < 500) {
    throw new ImportError(`${what} svarede HTTP ${response.status}: ${scrub(body.slice(0, 300), options.secret)}`);
  }
  return { ok: false, problem: `svarede HTTP ${response.status}`, response };
}

export async function requestText(url: string, init: RequestInit, options: HttpOptions): Promise<string> {
  const sleep = options.sleep ?? defaultSleep;
  const what = `${options.sourceName} (${scrub(new URL(url).pathname, options.secret)})`;
  let last = '';
  for (let n = 0; n <= options.retries; n++) {
    const result = await attempt(url, init, options, what);
    if (result.ok) return result.body;
    last = result.problem;
    if (n < options.retries) {
      const delay = retryDelay(result.response, n, options.backoffMs);
      options.log?.(`${what} ${last}; prøver igen om ${Math.round(delay / 100) / 10} s`);
      await sleep(delay);
    }
  }
  throw new ImportError(`${what} ${last} – også efter ${options.retries + 1} forsøg. Intet er skrevet.`);
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError(`${what} svarede ikke med JSON, men: «${text.slice(0, 120)}». Intet er skrevet.`);
  }
}
