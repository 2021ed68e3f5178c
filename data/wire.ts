import type { SeriesInput } from '@/contract';

/** A series and its points as the API sends them (period codes), before any client reads them. */
export type WirePoint = SeriesInput['points'][number];
export type WireSeries = {
  indicatorId: string;
  area: string;
  unit: string;
  sources: Record<string, unknown>;
  points: WirePoint[];
  breaks: unknown[];
  suppressed: string[];
};
