import { http } from 'msw';
import { API, respond } from './respond';

export const planHandlers = [
  http.get(`${API}/plans.json`, () => respond('plans.json')),
  http.get<{ planId: string }>(`${API}/plans/:planId.json`, ({ params }) => respond(`plans/${params.planId}.json`)),
];
