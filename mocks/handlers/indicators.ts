import { http, HttpResponse } from 'msw';
import type { Unit } from '@/domain/units';
import { documentApiFiles } from '../../data/api';
import { isKommune, largeCrossSections, largeIndicators, largeSeries, type WireIndicator } from '../large-dataset';
import { getScenario } from '../scenarios';
import { fillMonthly } from '../synthetic-monthly';
import { API, respond } from './respond';

type WireSeries = { indicatorId: string; area: string; unit: Unit; points: Parameters<typeof fillMonthly>[0] };

export const indicatorHandlers = [
  http.get(`${API}/latest.json`, () =>
    respond('latest.json', (body) => {
      if (getScenario() !== 'stor') return body;
      const indicators = documentApiFiles().get('indicators.json') as WireIndicator[];
      return largeCrossSections(body as Parameters<typeof largeCrossSections>[0], indicators);
    }),
  ),
  http.get(`${API}/indicators.json`, () =>
    respond('indicators.json', (body) => (getScenario() === 'stor' ? largeIndicators(body as WireIndicator[]) : body)),
  ),
  http.get<{ indicatorId: string; area: string }>(`${API}/indicators/:indicatorId/:area.json`, ({ params }) => {
    const { indicatorId, area } = params;
    const path = `indicators/${indicatorId}/${area}.json`;
    if (getScenario() === 'stor' && isKommune(area)) {
      // Every kommune has a series in this scenario, also where the documents give none.
      const indicators = documentApiFiles().get('indicators.json') as WireIndicator[];
      const indicator = indicators.find((i) => i.id === indicatorId);
      if (!indicator) return HttpResponse.json({ fejl: `Ressourcen ${path} findes ikke` }, { status: 404 });
      const sourced = (documentApiFiles().get(path) as WireSeries | undefined)?.points ?? [];
      return respond('indicators.json', () => ({
        indicatorId,
        area,
        unit: indicator.unit,
        points: largeSeries(indicatorId, area, indicator.unit, sourced),
      }));
    }
    return respond(path, (body) => {
      if (getScenario() !== 'maanedlig') return body;
      const series = body as WireSeries;
      return { ...series, points: fillMonthly(series.points, series.unit) };
    });
  }),
];
