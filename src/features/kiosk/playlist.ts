import { z } from 'zod';
import { describeIssues } from '@/contract';
import { strings } from '@/lib/strings';

/**
 * The wall screen's playlist: which slides, in which order, for how long.
 * A jobcenter edits public/skaerm.json (or the URL) instead of rebuilding,
 * so every field is checked and a bad file falls back to the default.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, strings.kiosk.config.idFormat);
const areaCode = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, strings.kiosk.config.idFormat);
/** Seconds; a slide shorter than 3 s cannot be read from across the hall, longer than 10 min looks frozen. */
const duration = z.number().min(3).max(600);

export const slideSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), plan: id, varighed: duration.optional() }),
  z.strictObject({
    type: z.literal('maal'),
    plan: id,
    // Four gauges is what fits at a readable size.
    maal: z.array(id).min(1).max(4).optional(),
    varighed: duration.optional(),
  }),
  z.strictObject({
    type: z.literal('serie'),
    indikator: id,
    omraader: z.array(areaCode).min(1).max(4),
    varighed: duration.optional(),
  }),
  z.strictObject({ type: z.literal('maalgruppe'), maalgruppe: id, varighed: duration.optional() }),
  z.strictObject({ type: z.literal('sammenligning'), indikator: id, varighed: duration.optional() }),
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

export const DEFAULT_PLAYLIST: Playlist = {
  varighed: 15,
  opdatering: 60,
  slides: [
    { type: 'status', plan: 'rr2014' },
    {
      type: 'maal',
      plan: 'as2015',
      maal: [
        'as2015-sygedagpenge-over-26-uger',
        'as2015-sygedagpenge-over-52-uger',
        'as2015-ledighedsydelse-over-18-mdr',
      ],
    },
    { type: 'serie', indikator: 'sygedagpenge-helaarspersoner', omraader: ['183'] },
    { type: 'maalgruppe', maalgruppe: 'sygedagpenge' },
    { type: 'sammenligning', indikator: 'ledighed-saesonkorrigeret' },
  ],
};

export type PlaylistResult = { playlist: Playlist; errors: readonly string[] };

/** Validates a parsed config file; on failure returns the default with the reasons, in Danish, naming each field. */
export function validatePlaylist(data: unknown, source: string): PlaylistResult {
  const result = playlistSchema.safeParse(data);
  if (result.success) return { playlist: result.data, errors: [] };
  return {
    playlist: DEFAULT_PLAYLIST,
    errors: describeIssues(result.error).map((issue) => strings.kiosk.config.invalid(source, issue)),
  };
}

/** Milliseconds a slide stays, after the speed factor. */
export function slideDurationMs(slide: SlideConfig, playlist: Playlist, speed: number): number {
  return ((slide.varighed ?? playlist.varighed) * 1000) / speed;
}
