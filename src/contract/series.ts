import { z } from 'zod';
import type { CrossSection } from '@/domain/cross-section';
import type { Period } from '@/domain/period';
import { OFFICIAL_SOURCES } from '@/domain/provenance';
import {
  PROVENANCE_MESSAGE,
  areaCodeSchema,
  idSchema,
  isoDateSchema,
  officialProvenanceSchema,
  optionalTextSchema,
  periodSchema,
  pointSchema,
  provenanceSchema,
  targetGroupIdSchema,
  textSchema,
  unitSchema,
} from './primitives';

/** Indicators and their series: one area over time, and every area side by side (the cross-section). */

export const indicatorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  definition: textSchema,
  unit: unitSchema,
  targetGroupId: targetGroupIdSchema,
  /** Which way is good, when the indicator alone says it. */
  direction: z.enum(['lower-is-better', 'higher-is-better', 'neutral']),
  /** Indicators that measure something close but not the same, worth drawing beside this one. */
  related: z.array(z.strictObject({ indicatorId: idSchema, note: textSchema })).optional(),
  note: optionalTextSchema,
  /** For a plain count (unit antal): what it counts, so "50" reads "50 samarbejder". */
  noun: z.strictObject({ singular: textSchema, plural: textSchema }).optional(),
  /** The indicator as the subject of a sentence: "Ledigheden", "Antallet af sygedagpengemodtagere". */
  subject: optionalTextSchema,
});

/** The indicator list also says which areas have a series, and which official tables feed it. */
export const indicatorListItemSchema = indicatorSchema.extend({
  areas: z.array(areaCodeSchema),
  pointCount: z.number().int().nonnegative(),
  officialTables: z.array(z.strictObject({ source: z.enum(OFFICIAL_SOURCES), table: textSchema })),
});
export const indicatorListSchema = z.array(indicatorListItemSchema);

/** A break in an official series (a reform that changed what is counted), to mark on time axes. */
export const seriesBreakSchema = z.strictObject({
  date: isoDateSchema,
  label: textSchema,
  description: textSchema,
  table: textSchema,
});

/**
 * A point on the wire: its own provenance (a document's figure), or the key
 * of one of the series' shared `sources` (an official table's value).
 */
const wirePointSchema = pointSchema
  .extend({ provenance: provenanceSchema.optional(), source: optionalTextSchema })
  .superRefine((p, ctx) => {
    if ((p.provenance === undefined) === (p.source === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['provenance'], message: PROVENANCE_MESSAGE });
    }
  });

type Point = z.output<typeof pointSchema>;

const seriesWireSchema = z.strictObject({
  indicatorId: idSchema,
  area: areaCodeSchema,
  unit: unitSchema,
  /** Provenance shared by many points (an official table and measure), keyed. */
  sources: z.record(z.string(), officialProvenanceSchema).optional(),
  points: z.array(wirePointSchema),
  breaks: z.array(seriesBreakSchema).default([]),
  /** Periods the publisher suppressed (diskretioneret): missing, never zero. */
  suppressed: z.array(periodSchema).default([]),
});

/** Replaces each `source` key by the shared provenance it names; an unknown key is a contract error. */
function resolveSources(value: z.output<typeof seriesWireSchema>, ctx: z.RefinementCtx) {
  const points = value.points.map(({ source: key, provenance: own, ...rest }, i): Point => {
    const provenance = own ?? (key === undefined ? undefined : value.sources?.[key]);
    if (!provenance) {
      ctx.addIssue({ code: 'custom', path: ['points', i, 'source'], message: `Ukendt kilde «${key ?? ''}»` });
      return z.NEVER;
    }
    return { ...rest, provenance };
  });
  const { sources: _sources, points: _points, ...rest } = value;
  return { ...rest, points };
}

export const seriesSchema = seriesWireSchema.transform(resolveSources);

/**
 * Every area's recent values of one indicator on a shared period axis, so the
 * målgruppe table and the country comparison need one request, not one per
 * row. The value in each cell is the one `pickValue` chooses for that period.
 */
const crossSectionWireSchema = z
  .strictObject({
    indicatorId: idSchema,
    unit: unitSchema,
    periods: z.array(periodSchema),
    sources: z.record(z.string(), provenanceSchema),
    series: z.array(
      z.strictObject({
        area: areaCodeSchema,
        values: z.array(z.number().finite().nullable()),
        /** The source of each value, or one key when every value has the same source. */
        sources: z.union([z.string(), z.array(z.string().nullable())]),
        /** Indices of periods where other sources gave another value. */
        disputed: z.array(z.number().int().nonnegative()).default([]),
        /** Indices of periods the publisher marks foreløbig. */
        provisional: z.array(z.number().int().nonnegative()).default([]),
      }),
    ),
  })
  .superRefine((section, ctx) => {
    section.series.forEach((s, i) => {
      const keys = sourceKeys(s.sources, s.values);
      if (s.values.length !== section.periods.length || keys.length !== section.periods.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', i],
          message: 'Der skal være én værdi og én kilde pr. periode',
        });
      }
      keys.forEach((key, j) => {
        if (key !== null && !(key in section.sources)) {
          ctx.addIssue({ code: 'custom', path: ['series', i, 'sources', j], message: `Ukendt kilde «${key}»` });
        }
        if ((key === null) !== (s.values[j] === null)) {
          ctx.addIssue({ code: 'custom', path: ['series', i, 'values', j], message: 'En værdi skal have en kilde' });
        }
      });
    });
  });

/** Per-value source keys, whichever way the file wrote them. */
function sourceKeys(sources: string | (string | null)[], values: readonly (number | null)[]): (string | null)[] {
  return typeof sources === 'string' ? values.map((v) => (v === null ? null : sources)) : sources;
}

function toCrossSection(wire: z.output<typeof crossSectionWireSchema>): CrossSection {
  const periods: readonly Period[] = wire.periods;
  return {
    indicatorId: wire.indicatorId,
    unit: wire.unit,
    periods,
    series: wire.series.map((s) => {
      const disputed = new Set(s.disputed);
      const provisional = new Set(s.provisional);
      const keys = sourceKeys(s.sources, s.values);
      return {
        area: s.area,
        cells: s.values.map((value, i) => {
          // The schema has checked that every value has a known source; narrowing, not trust.
          const key = keys[i];
          const provenance = key == null ? undefined : wire.sources[key];
          const period = periods[i];
          if (value === null || !provenance || !period) return undefined;
          return { period, value, provenance, disputed: disputed.has(i), provisional: provisional.has(i) };
        }),
      };
    }),
  };
}

export const crossSectionSchema = crossSectionWireSchema.transform(toCrossSection);
export const crossSectionsSchema = z.array(crossSectionSchema);

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorListItem = z.output<typeof indicatorListItemSchema>;
export type Series = z.output<typeof seriesSchema>;
export type SeriesBreak = z.output<typeof seriesBreakSchema>;
export type SeriesInput = z.input<typeof seriesWireSchema>;
export type CrossSectionInput = z.input<typeof crossSectionWireSchema>;
