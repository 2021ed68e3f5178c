import { http, HttpResponse } from 'msw';
import { getScenario } from '../scenarios';
import { API, respond } from './respond';

export const planHandlers = [
  http.get(`${API}/plans.json`, () => respond('plans.json')),
  http.get<{ planId: string }>(`${API}/plans/:planId.json`, ({ params }) => respond(`plans/${params.planId}.json`)),
];

/**
 * Page bundles (docs/api.md). The scenarios that reshape single resources
 * (synthetic monthly values, the large dataset) have no bundle: the client
 * then asks for each resource, and gets the scenario's version of it.
 */
export const pageBundleHandlers = [
  http.get(`${API}/pages/*`, ({ request }) => {
    if (getScenario() === 'maanedlig' || getScenario() === 'stor') {
      return HttpResponse.json({ fejl: 'Intet sidebundt i dette scenarie' }, { status: 404 });
    }
    return respond(new URL(request.url).pathname.replace(/^.*\/api\/v1\//, ''));
  }),
];
