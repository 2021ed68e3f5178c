import { http } from 'msw';
import { API, respond } from './respond';

export const areaHandlers = [http.get(`${API}/areas.json`, () => respond('areas.json'))];
