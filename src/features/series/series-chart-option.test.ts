import { describe, expect, it } from 'vitest';
import { eventMarks } from './events';
import { seriesChartHeight, seriesChartView } from './series-chart-option';
import { rangeWindow, toRows } from './series-data';
import { targetViews } from './target-views';
import { areaName, docPoint, documentTitle, series, synthPoint, target } from './test-fixtures';

type AnySeries = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const window = rangeWindow({ from: 2013, to: 2021 });
const rows = toRows(
  [
    series('jc-vallensbaek', [docPoint('2014-01', 27, 'Resultatmål'), docPoint('2014-12', 20, 'Figur <1>')]),
    series('183', [
      docPoint('2021-09', 427, 'Figur 9'),
      docPoint('2021-09', 403, 'Afsnit 3'),
      synthPoint('2021-10', 430),
    ]),
    series('000', [docPoint('2019-09', 3.5, 'Afsnit 3')]),
  ],
  { unit: 'forloeb', areaName, documentTitle },
);
const targets = targetViews([{ target: target(), planId: 'rr2014', planTitle: 'Resultatrevision 2014' }], {
  unit: 'forloeb',
  areaName,
  statuses: new Map(),
  lookup: () => [],
  selectedAreas: ['jc-vallensbaek', '183', '000'],
  range: { from: 2013, to: 2021 },
});
const event = (id: string, label: string, kind: 'reform' | 'chok', date: string) => ({
  id,
  label,
  kind,
  date,
  provenance: { kind: 'document' as const, document: '002_3e6cb87c903c4f86.txt', location: 'Afsnit 1' },
});
/** The marks of one plan's events, inside the window. */
const planEvents = (...planned: ReturnType<typeof event>[]) =>
  eventMarks([{ title: 'Plan', events: planned }], [], window);
const events = planEvents(
  event('sdp', 'Sygedagpengereformen træder i kraft', 'reform', '2014-07-01'),
  event('corona', 'Corona: nedlukningen af Danmark', 'chok', '2020-03-01'),
  event('senere', 'Uden for vinduet', 'reform', '2024-01-01'),
);
const input = {
  unit: 'forloeb' as const,
  allAreas: ['183', 'jc-vallensbaek', '000'],
  areas: ['183', 'jc-vallensbaek', '000'].map((code) => ({ code, name: areaName(code) })),
  rows,
  targets,
  events,
  window,
};
const option = seriesChartView(input).option;
const all = option.series as AnySeries[];
const byName = (name: string) => all.find((s) => s.name === name)!;
const tip = (seriesName: string, dataIndex = 0, extra: object = {}) => {
  const formatter = (option.tooltip as { formatter: (p: object) => string }).formatter;
  return formatter({ componentType: 'series', seriesIndex: all.indexOf(byName(seriesName)), dataIndex, ...extra });
};

describe('series chart option', () => {
  it('draws one line per area, the synthetic values apart, then the target and the events, all in the legend', () => {
    const names = [
      'Ishøj',
      'Ishøj: planernes tal',
      'Ishøj (syntetisk)',
      'Jobcenter Vallensbæk (Ishøj og Vallensbæk)',
      'Hele landet',
      'Mål: Højst 22\u00a0forløb (2014)',
      'Reformer, begivenheder og databrud',
    ];
    expect(all.map((s) => s.name)).toEqual(names);
    const legend = (option.legend as { data: { name: string; itemStyle?: { opacity: number } }[] }).data;
    expect(legend.map((l) => l.name)).toEqual(names);
    // Lines drawn without symbols show none in the legend either.
    expect(legend.filter((l) => l.itemStyle?.opacity === 0).map((l) => l.name)).toEqual([
      'Ishøj (syntetisk)',
      'Mål: Højst 22\u00a0forløb (2014)',
      'Reformer, begivenheder og databrud',
    ]);
  });

  it('gives each area its own colour and its own symbol or line pattern', () => {
    const areas = ['Ishøj', 'Jobcenter Vallensbæk (Ishøj og Vallensbæk)', 'Hele landet'].map(byName);
    expect(new Set(areas.map((s) => s.color)).size).toBe(3);
    expect(new Set(areas.map((s) => s.symbol)).size).toBe(3);
    expect(byName('Hele landet').lineStyle.type).toBe('dotted');
  });

  it('places points at their period midpoint, draws the value shown, and keeps the contradicting one as a marker', () => {
    expect(byName('Ishøj').data).toEqual([[Date.UTC(2021, 8, 16), 427]]);
    expect(byName('Ishøj: planernes tal').data).toEqual([
      [Date.UTC(2021, 8, 16), 427],
      [Date.UTC(2021, 8, 16), 403],
    ]);
    expect(byName('Ishøj: planernes tal').itemStyle).toMatchObject({ color: '#ffffff' });
    expect(tip('Ishøj', 0)).toContain('Kilderne er uenige');
    expect(tip('Ishøj', 0)).toContain('403\u00a0forløb (Beskæftigelsesplan 2022 (BP22), Afsnit 3)');
  });

  it('draws synthetic values thinner, dashed, faded and without visible symbols, and says so in the tooltip', () => {
    const synthetic = byName('Ishøj (syntetisk)');
    expect(synthetic).toMatchObject({ itemStyle: { opacity: 0 }, lineStyle: { type: 'dashed' } });
    expect(synthetic.lineStyle.opacity).toBeLessThan(1);
    expect(synthetic.lineStyle.width).toBeLessThan(byName('Ishøj').lineStyle.width);
    expect(byName('Ishøj').showSymbol).toBe(true);
    expect(tip('Ishøj (syntetisk)')).toContain('430\u00a0forløb (syntetisk)');
    expect(tip('Ishøj (syntetisk)')).toContain('Syntetisk udviklingsdata');
  });

  it('shows value, period, area and source in the tooltip, with the data escaped', () => {
    const text = tip('Jobcenter Vallensbæk (Ishøj og Vallensbæk)', 1);
    expect(text).toContain('Jobcenter Vallensbæk');
    expect(text).toContain('Periode: dec. 2014');
    expect(text).toContain('Værdi: 20\u00a0forløb');
    expect(text).toContain('Kilde: Beskæftigelsesplan 2022 (BP22), Figur &lt;1&gt;');
  });

  it('draws the target as its threshold up to the deadline, with the deadline band and the baseline marked', () => {
    const goal = byName('Mål: Højst 22\u00a0forløb (2014)');
    // The baseline lies inside the deadline year, so the line covers the whole year.
    expect(goal.data).toEqual([
      [Date.UTC(2014, 0, 1), 22],
      [Date.UTC(2015, 0, 1), 22],
    ]);
    expect(goal.lineStyle.type).not.toBe('solid');
    expect(goal.markArea.data[0][0]).toMatchObject({ xAxis: Date.UTC(2014, 0, 1), name: 'Frist 2014' });
    expect(goal.markPoint.data[0]).toMatchObject({ name: 'Udgangspunkt', coord: [Date.UTC(2014, 0, 16, 12), 27] });
  });

  it('marks the reforms and shocks inside the window as vertical lines, a shock dashed, each numbered above the plot', () => {
    const lines = byName('Reformer, begivenheder og databrud').markLine.data;
    expect(lines.map((l: AnySeries) => [l.xAxis, l.lineStyle.type, l.label.formatter, l.label.position])).toEqual([
      [Date.UTC(2014, 6, 1), 'solid', '1', 'end'],
      [Date.UTC(2020, 2, 1), 'dashed', '2', 'end'],
    ]);
    const text = tip('Reformer, begivenheder og databrud', 0, {
      componentType: 'markLine',
      value: Date.UTC(2020, 2, 1),
    });
    expect(text).toContain('1. marts 2020');
    expect(text).toContain('Corona: nedlukningen af Danmark');
  });

  it('puts the legend under the plot on a narrow screen, so the plot keeps the width', () => {
    const narrow = seriesChartView({ ...input, narrow: true }).option;
    // An entry a row: ECharts lays out rows of several entries by their tops, and a wrapped name reached up.
    expect(narrow.legend).toMatchObject({ orient: 'vertical', bottom: 0 });
    expect((narrow.grid as { right: number }).right).toBe(16);
    expect((option.grid as { right: number }).right).toBe(260);
  });

  it('gives the chart the plot’s height, and on a narrow screen the legend’s under it too', () => {
    const wide = seriesChartView(input);
    const narrow = seriesChartView({ ...input, narrow: true });
    expect(wide.height).toBe(440);
    const legendRoom = (narrow.option.grid as { bottom: number }).bottom;
    expect(legendRoom).toBeGreaterThan(100);
    expect(narrow.height).toBe(440 + legendRoom);
    const names = (narrow.option.legend as { data: { name: string }[] }).data.map((d) => d.name);
    expect(narrow.height).toBe(seriesChartHeight(true, names));
  });

  it('raises the number of an event that would touch the one before it above the plot', () => {
    const close = planEvents(
      event('a', 'Første', 'reform', '2016-01-01'),
      event('b', 'Anden', 'reform', '2016-05-01'),
      event('c', 'Tredje', 'reform', '2019-01-01'),
    );
    const distances = (narrow: boolean) => {
      const marks = seriesChartView({ ...input, events: close, narrow }).option.series as AnySeries[];
      return marks.at(-1)!.markLine.data.map((d: AnySeries) => d.label.distance);
    };
    // Four months of a nine-year axis: a row up on a narrow chart; a wide one has room side by side.
    expect(distances(true)).toEqual([4, 18, 4]);
    expect(distances(false)).toEqual([4, 4, 4]);
  });

  it('uses the window for the time axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'time', min: Date.UTC(2013, 0, 1), max: Date.UTC(2022, 0, 1) });
  });
});
