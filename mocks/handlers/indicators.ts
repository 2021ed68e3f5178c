import { http } from 'msw';
import type { Unit } from '@/domain/units';
import { getScenario } from '../scenarios';
import { fillMonthly } from '../synthetic-monthly';
import { API, respond } from './respond';

type WireSeries = { unit: Unit; points: Parameters<typeof fillMonthly>[0] };

export const indicatorHandlers = [
  http.get(`${API}/indicators.json`, () => respond('indicators.json')),
  http.get<{ indicatorId: string; area: string }>(`${API}/indicators/:indicatorId/:area.json`, ({ params }) =>
    respond(`indicators/${params.indicatorId}/${params.area}.json`, (body) => {
      if (getScenario() !== 'maanedlig') return body;
      const series = body as WireSeries;
      return { ...series, points: fillMonthly(series.points, series.unit) };
    }),
  ),
];
