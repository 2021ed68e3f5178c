import { z } from 'zod';
import { describeIssues } from '@/contract';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';

/**
 * The wall screen's playlist: which slides, in which order, for how long.
 * A jobcenter edits public/skaerm.json (or the URL) instead of rebuilding,
 * so every field is checked and a bad file falls back to the default.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, kioskStrings.config.idFormat);
const areaCode = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, kioskStrings.config.idFormat);
/** Seconds; a slide shorter than 3 s cannot be read from across the hall, longer than 10 min looks frozen. */
const duration = z.number().min(3).max(600);

/** A year to draw a series from: the official series start in 2007, the plans in 2013. */
const fromYear = z.number().int().min(2000).max(2100);
const homeArea = z.enum(['183', '187'], { message: 'skal være 183 (Ishøj) eller 187 (Vallensbæk)' });

export const slideSchema = z.discriminatedUnion('type', [
  /** The plan in force for a home kommune (or both): every goal judged on the newest figures, in words. */
  z.strictObject({ type: z.literal('statusnu'), omraade: homeArea.optional(), varighed: duration.optional() }),
  /** How many of one plan's goals have each status: for historic plans, when a playlist asks. */
  z.strictObject({ type: z.literal('status'), plan: id, varighed: duration.optional() }),
  z.strictObject({
    type: z.literal('maal'),
    plan: id,
    // Three gauges, each with its goal and figures, is what fits at five-metre type.
    maal: z.array(id).min(1).max(3).optional(),
    varighed: duration.optional(),
  }),
  z.strictObject({
    type: z.literal('serie'),
    indikator: id,
    omraader: z.array(areaCode).min(1).max(4),
    fra: fromYear.optional(),
    varighed: duration.optional(),
  }),
  z.strictObject({ type: z.literal('maalgruppe'), maalgruppe: id, varighed: duration.optional() }),
  z.strictObject({
    type: z.literal('sammenligning'),
    indikator: id,
    fra: fromYear.optional(),
    varighed: duration.optional(),
  }),
  /** The biggest movements since the month before, on the home kommuner's official series. */
  z.strictObject({ type: z.literal('bevaegelse'), varighed: duration.optional() }),
]);

export const playlistSchema = z.strictObject({
  varighed: duration.default(15),
  /** Seconds between data refreshes. */
  opdatering: z.number().min(5).max(3600).default(60),
  slides: z.array(slideSchema).min(1).max(50),
});

export type SlideConfig = z.output<typeof slideSchema>;
export type Playlist = z.output<typeof playlistSchema>;
export type SlideType = SlideConfig['type'];

/**
 * What a screen shows by default: the plans in force, judged now; the home
 * kommuner against the country on the official monthly series; one
 * målgruppe's key figures; the biggest movement. Historic plans only when a
 * playlist asks for them.
 */
export const DEFAULT_PLAYLIST: Playlist = {
  varighed: 15,
  opdatering: 60,
  slides: [
    { type: 'statusnu', omraade: '183' },
    { type: 'statusnu', omraade: '187' },
    { type: 'serie', indikator: 'ledighed-faktisk', omraader: ['183', '187', '000'], fra: 2021 },
    { type: 'maalgruppe', maalgruppe: 'jobparate' },
    { type: 'bevaegelse' },
  ],
};

export type PlaylistResult = { playlist: Playlist; errors: readonly string[] };

/** Validates a parsed config file; on failure returns the default with the reasons, in Danish, naming each field. */
export function validatePlaylist(data: unknown, source: string): PlaylistResult {
  const result = playlistSchema.safeParse(data);
  if (result.success) return { playlist: result.data, errors: [] };
  return {
    playlist: DEFAULT_PLAYLIST,
    errors: describeIssues(result.error).map((issue) => kioskStrings.config.invalid(source, issue)),
  };
}

/** Milliseconds a slide stays, after the speed factor. */
export function slideDurationMs(slide: SlideConfig, playlist: Playlist, speed: number): number {
  return ((slide.varighed ?? playlist.varighed) * 1000) / speed;
}
