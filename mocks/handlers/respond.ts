import { delay, HttpResponse, type JsonBodyType } from 'msw';
import { documentApiFiles } from '../../data/api';
import { getScenario } from '../scenarios';

/** Matches the API on any origin, so a VITE_API_BASE_URL elsewhere is mocked too. */
export const API = '*/api/v1';

/** Answers a request for `path` under the current scenario. `transform` reshapes the stored file. */
export async function respond(path: string, transform?: (body: unknown) => unknown): Promise<Response> {
  const scenario = getScenario();
  if (scenario === 'forsinkelse') await delay(600 + Math.round(Math.random() * 1200));
  else await delay(20);
  if (scenario === 'offline') return HttpResponse.error();
  if (scenario === 'fejl') {
    return HttpResponse.json({ fejl: 'Intern serverfejl (simuleret)' }, { status: 500 });
  }
  const body = documentApiFiles().get(path);
  if (body === undefined) {
    return HttpResponse.json({ fejl: `Ressourcen ${path} findes ikke` }, { status: 404 });
  }
  if (scenario === 'ugyldig') {
    return new HttpResponse(JSON.stringify(body).slice(0, 40), { headers: { 'content-type': 'application/json' } });
  }
  if (scenario === 'forkert-format') {
    // Valid JSON, wrong shape: a period written the way the PDFs write it.
    return HttpResponse.json(
      JSON.parse(JSON.stringify(body).replaceAll('"2019-09"', '"sep-19"').replaceAll('"183"', '"999"')),
    );
  }
  return HttpResponse.json((transform ? transform(body) : body) as JsonBodyType);
}
