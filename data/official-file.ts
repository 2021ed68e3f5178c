import { z } from 'zod';
import {
  areaCodeSchema,
  idSchema,
  officialProvenanceSchema,
  seriesBreakSchema,
  unitSchema,
  type SeriesInput,
} from '@/contract';
import { parsePeriod } from '@/domain/period';
import { OFFICIAL_SOURCES } from '@/domain/provenance';

/**
 * data/official.json: every official measure the importer has brought in.
 * One file, so an import commits with a single rename. Compact: a measure's
 * provenance is stored once per retrieval, and each value names the
 * retrieval it came from, so a re-import that refreshes the last 60 months
 * leaves older values with the provenance they really have.
 */

const periodCode = z.string().refine((code) => parsePeriod(code).ok, { message: 'Ugyldig periode' });

/** [period, value (null = suppressed by the publisher), index into `retrievals`] */
const valueSchema = z.tuple([periodCode, z.number().finite().nullable(), z.number().int().nonnegative()]);

export const officialMeasureSchema = z
  .strictObject({
    id: idSchema,
    source: z.enum(OFFICIAL_SOURCES),
    table: z.string().min(1),
    indicatorId: idSchema,
    unit: unitSchema,
    retrievals: z
      .array(
        z.strictObject({
          provenance: officialProvenanceSchema,
          /** The newest period at this retrieval: the one the publisher calls foreløbig. */
          newest: periodCode.optional(),
        }),
      )
      .min(1),
    breaks: z.array(seriesBreakSchema).default([]),
    series: z.record(z.string(), z.array(valueSchema)),
  })
  .superRefine((m, ctx) => {
    for (const [area, values] of Object.entries(m.series)) {
      if (!areaCodeSchema.safeParse(area).success) {
        ctx.addIssue({ code: 'custom', path: ['series', area], message: `Ukendt områdekode «${area}»` });
      }
      values.forEach(([, , r], i) => {
        if (r >= m.retrievals.length) {
          ctx.addIssue({ code: 'custom', path: ['series', area, i], message: `Ukendt hentning nr. ${r}` });
        }
      });
    }
    m.retrievals.forEach((r, i) => {
      if (r.provenance.source !== m.source || r.provenance.table !== m.table) {
        ctx.addIssue({ code: 'custom', path: ['retrievals', i], message: 'Kilden passer ikke til målingen' });
      }
    });
  });

export const officialFileSchema = z.strictObject({
  $comment: z.string().optional(),
  measures: z.array(officialMeasureSchema),
});

export type OfficialMeasure = z.output<typeof officialMeasureSchema>;
export type OfficialFile = z.output<typeof officialFileSchema>;

export const EMPTY_OFFICIAL: OfficialFile = { measures: [] };

/** A measure's values as wire series (one per area), in the contract's shape. */
export function measureSeries(measure: OfficialMeasure): SeriesInput[] {
  const key = (i: number) => `${measure.id}@${i}`;
  return Object.entries(measure.series).map(([area, values]) => {
    const used = [...new Set(values.map(([, , r]) => r))].sort((a, b) => a - b);
    return {
      indicatorId: measure.indicatorId,
      area,
      unit: measure.unit,
      sources: Object.fromEntries(used.map((r) => [key(r), measure.retrievals[r]!.provenance])),
      points: values.flatMap(([period, value, r]) =>
        value === null
          ? []
          : [
              {
                period,
                value,
                source: key(r),
                ...(measure.retrievals[r]!.newest === period ? { provisional: true as const } : {}),
              },
            ],
      ),
      breaks: measure.breaks,
      suppressed: values.filter(([, value]) => value === null).map(([period]) => period),
    };
  });
}
