import { http } from 'msw';
import { API, respond } from './respond';

export const indexHandlers = [http.get(`${API}/index.json`, () => respond('index.json'))];
