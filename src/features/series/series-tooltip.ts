import { formatIsoDate, formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';
import { series as seriesStrings } from '@/lib/strings/series';
import type { EventMark } from './events';
import type { SeriesRow } from './series-data';
import type { TargetView } from './target-views';

/** Tooltip texts for the chart. ECharts renders them as HTML, so every piece of data is escaped. */

export type TipParams = {
  readonly componentType?: string;
  readonly seriesIndex?: number;
  readonly dataIndex?: number;
  readonly value?: unknown;
};

const c = seriesStrings.chart;
const t = seriesStrings.targets;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

function line(label: string, value: string): string {
  return `${escapeHtml(label)}: ${escapeHtml(value)}`;
}

export function rowTip(row: SeriesRow | undefined): string {
  if (!row) return '';
  const tags = [
    ...(row.synthetic ? [seriesStrings.source.syntheticMarker] : []),
    ...(row.provisional ? [strings.sources.provisional] : []),
    ...(row.role === 'revised' ? [seriesStrings.table.revised] : []),
  ];
  const value = formatValue(row.value, row.unit) + (tags.length > 0 ? ` (${tags.join(', ')})` : '');
  const source = row.location ? `${row.source}, ${row.location}` : row.source;
  return [
    `<strong>${escapeHtml(row.areaName)}</strong>`,
    line(c.tooltipPeriod, row.periodText),
    line(c.tooltipValue, value),
    line(c.tooltipSource, source),
    ...(row.relation ? [`<em>${escapeHtml(row.relation)}</em>`] : []),
    ...(row.note ? [escapeHtml(row.note)] : []),
  ].join('<br>');
}

export function targetTip(target: TargetView): string {
  return [
    `<strong>${escapeHtml(target.name)}</strong>`,
    escapeHtml(target.title),
    line(c.tooltipArea, target.areaName),
    ...(target.threshold !== undefined ? [line(t.threshold, formatValue(target.threshold, target.unit))] : []),
    ...(target.baseline
      ? [line(c.baseline, `${formatValue(target.baseline.value, target.unit)} (${target.baseline.periodText})`)]
      : []),
    line(c.tooltipSource, target.source),
  ].join('<br>');
}

export function eventTip(events: readonly EventMark[]): string {
  return events
    .map(
      (e) =>
        `<strong>${escapeHtml(formatIsoDate(e.date))}</strong>: ${escapeHtml(e.label)}<br>${line(c.tooltipSource, e.source)}`,
    )
    .join('<br>');
}
