import { http } from 'msw';
import { API, respond } from './respond';

export const targetGroupHandlers = [http.get(`${API}/target-groups.json`, () => respond('target-groups.json'))];
