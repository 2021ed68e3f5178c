import type { SourcedValue, ValueChoice } from '@/domain/pick-value';
import { comparePeriods, samePeriod } from '@/domain/period';
import { periodLabel, periodPhrase } from '@/domain/period-label';
import type { Unit } from '@/domain/units';
import { figureDateText } from '@/lib/figure-date';
import { formatValue, type Noun } from '@/lib/format';
import { sourceName, type DocumentTitle } from '@/lib/source-text';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';

/**
 * The wall screen's footnote: the sources of the figures on the slide, named
 * once each, and the date of the newest of them ("Nyeste tal: jul. 2026").
 * Short enough to read from five metres in one or two lines.
 */
export function footnote(points: readonly SourcedValue[], titleOf: DocumentTitle, now: Date): string | undefined {
  if (points.length === 0) return undefined;
  // One publisher's tables share one name: "Jobindsats.dk (STAR), tabel y60a02, y25i01".
  const tables = new Map<string, string[]>();
  const names: string[] = [];
  for (const p of points) {
    const prov = p.provenance;
    if (prov.kind === 'official') {
      const publisher = strings.sources.publisher[prov.source];
      if (!tables.has(publisher)) {
        tables.set(publisher, []);
        names.push(publisher);
      }
      if (!tables.get(publisher)!.includes(prov.table)) tables.get(publisher)!.push(prov.table);
    } else {
      const name = sourceName(prov, titleOf);
      if (!names.includes(name)) names.push(name);
    }
  }
  for (const [publisher, list] of tables)
    names[names.indexOf(publisher)] = strings.sources.table(publisher, list.join(', '));
  const newest = [...points].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  const date = figureDateText(newest, now);
  const k = kioskStrings;
  return [
    `${k.source}: ${names.slice(0, 3).join('; ')}${names.length > 3 ? k.moreSources(names.length - 3) : ''}`,
    date,
  ]
    .filter(Boolean)
    .join(' · ');
}

export type AreaValue = { readonly area: string; readonly value: ValueChoice };

/**
 * The series slide's sentence: each area's newest figure, on one period when
 * they share it ("I juli 2026: Ishøj 4,4 %, Vallensbæk 2,9 %, Hele landet
 * 3,0 %"), else each with its own period. Numbers and periods are the chosen
 * values' own.
 */
export function seriesSentence(
  subject: string,
  values: readonly AreaValue[],
  ctx: { unit: Unit; noun?: Noun | undefined; areaName: (code: string) => string },
): string | undefined {
  if (values.length === 0) return undefined;
  const k = kioskStrings.series;
  const fmt = (v: number) => formatValue(v, ctx.unit, { noun: ctx.noun });
  const first = values[0]!.value.period;
  const same = values.every((v) => samePeriod(v.value.period, first));
  const parts = values.map((v) =>
    same
      ? k.part(ctx.areaName(v.area), fmt(v.value.value))
      : k.partWithPeriod(ctx.areaName(v.area), fmt(v.value.value), periodLabel(v.value.period)),
  );
  const text = same ? k.sentenceSame(subject, periodPhrase(first), parts) : k.sentence(subject, parts);
  // Where sources disagree, both figures are named and the one shown is said (pickValue chose it).
  const disputes = values.flatMap(({ area, value }) => {
    const others = value.others.filter((o) => o.relation !== 'same').map((o) => fmt(o.point.value));
    return others.length === 0
      ? []
      : [
          k.disputed(
            ctx.areaName(area),
            [fmt(value.value), ...others].join(' og '),
            periodLabel(value.period),
            fmt(value.value),
          ),
        ];
  });
  return [text, ...disputes].join(' ');
}
