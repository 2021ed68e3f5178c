// First, here too: every schema module imports this one, so however the contract is split into chunks
// (src/lib/api-client.ts loads it in stages), zod is configured before any schema is built.
import './zod-config';
import { z } from 'zod';
import { isKnownAreaCode } from '@/domain/areas';
import { OFFICIAL_SOURCES } from '@/domain/provenance';
import { parsePeriod } from '@/domain/period';
import { UNITS } from '@/domain/units';

/** Contract building blocks shared by every resource schema. */

/**
 * Non-empty text, one schema shared by every field that takes it: a page builds its schemas as it starts,
 * about 60 µs each on a phone, and a schema is reused as safely as a value.
 */
export const textSchema = z.string().min(1);
export const optionalTextSchema = textSchema.optional();

export const periodSchema = z.string().transform((code, ctx) => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed.value;
});

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives ÅÅÅÅ-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'Ugyldig dato');

export const areaCodeSchema = z.string().superRefine((code, ctx) => {
  if (!isKnownAreaCode(code)) ctx.addIssue({ code: 'custom', message: `Ukendt områdekode «${code}»` });
});

export const unitSchema = z.enum(UNITS, { message: `Ukendt enhed. Tilladt: ${UNITS.join(', ')}` });

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Id må kun indeholde små bogstaver (a–z), tal og bindestreg');

export const TARGET_GROUP_IDS = [
  'unge',
  'jobparate',
  'aktivitetsparate',
  'langtidsledige',
  'sygedagpenge',
  'jobafklaring',
  'fleksjob',
  'ressourceforloeb',
  'foertidspension',
  'handicap',
  'virksomheder',
  'forsoergede',
] as const;

export const targetGroupIdSchema = z.enum(TARGET_GROUP_IDS, {
  message: `Ukendt målgruppe. Tilladt: ${TARGET_GROUP_IDS.join(', ')}`,
});

export const documentProvenanceSchema = z.strictObject({
  kind: z.literal('document'),
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'Kildedokumentet angives ved filnavn'),
  location: z.string().min(1, 'Angiv stedet i dokumentet (afsnit, figur eller tabel)'),
  quote: optionalTextSchema,
  reconstructed: optionalTextSchema,
  note: optionalTextSchema,
});

export const archiveRecordSchema = z.strictObject({
  repository: textSchema,
  path: textSchema,
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'Commit skal være 40 hex-tegn'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 skal være 64 hex-tegn'),
});

export const officialProvenanceSchema = z.strictObject({
  kind: z.literal('official'),
  source: z.enum(OFFICIAL_SOURCES),
  table: textSchema,
  measurement: optionalTextSchema,
  request: textSchema,
  retrieved: isoDateSchema,
  published: isoDateSchema.optional(),
  nextUpdate: isoDateSchema.optional(),
  archive: archiveRecordSchema.optional(),
});

export const syntheticProvenanceSchema = z.strictObject({
  kind: z.literal('synthetic'),
  method: textSchema,
});

export const PROVENANCE_MESSAGE = 'Kilde mangler eller er ugyldig (kind skal være document, official eller synthetic)';

export const provenanceSchema = z.discriminatedUnion(
  'kind',
  [documentProvenanceSchema, officialProvenanceSchema, syntheticProvenanceSchema],
  { message: PROVENANCE_MESSAGE },
);

/** A sourced value: the period it belongs to, the number, and where it came from. */
export const pointSchema = z.strictObject({
  period: periodSchema,
  value: z.number({ message: 'Værdien skal være et tal' }).finite(),
  provenance: provenanceSchema,
  /** The publisher may still revise it (Jobindsats' newest month). */
  provisional: z.literal(true).optional(),
  note: optionalTextSchema,
});

/** A statement in a plan (a goal, a focus area) with its source. */
export const statementSchema = z.strictObject({
  text: textSchema,
  provenance: documentProvenanceSchema,
});
