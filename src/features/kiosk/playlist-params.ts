import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { playlistSchema, slideSchema, type Playlist, type SlideConfig } from './playlist';

/**
 * The URL override, so a screen can be set up from its address alone:
 *
 *   ?playlist=/sti/til/fil.json           another config file on this server instead of /skaerm.json
 *   ?slides=statusnu:183;status:rr2014;maal:as2015:id1,id2@20;serie:ledighed-faktisk:183,000:2021;
 *           maalgruppe:sygedagpenge;sammenligning:ledighed-faktisk;bevaegelse
 *   ?varighed=20                          default seconds per slide
 *   ?opdatering=30                        seconds between data refreshes
 *   ?hastighed=10                         speed factor (tests, rehearsals), 0.1 to 60
 *
 * Slides are separated by ";", fields by ":", lists by ","; "@n" gives one slide n seconds.
 */

export type KioskParams = {
  playlistUrl: string | undefined;
  /** Slides from the URL, replacing the file's. */
  slides: SlideConfig[] | undefined;
  varighed: number | undefined;
  opdatering: number | undefined;
  speed: number;
  errors: string[];
};

const FIELDS: Record<SlideConfig['type'], readonly string[]> = {
  statusnu: ['omraade'],
  status: ['plan'],
  maal: ['plan', 'maal'],
  serie: ['indikator', 'omraader', 'fra'],
  maalgruppe: ['maalgruppe'],
  sammenligning: ['indikator', 'fra'],
  bevaegelse: [],
};
const isSlideType = (type: string): type is SlideConfig['type'] => Object.hasOwn(FIELDS, type);

const LIST_FIELDS = new Set(['maal', 'omraader']);
const NUMBER_FIELDS = new Set(['fra']);

/**
 * The speed factor's range. Faster than 60× a slide lasts under 50 ms:
 * requests are cancelled and restarted faster than the API can answer
 * (a million sent ~70 requests a second); slower than 0.1× looks frozen.
 */
export const SPEED_RANGE = { min: 0.1, max: 60 } as const;

function parseSlide(text: string): SlideConfig | string {
  const [body = '', seconds] = text.split('@');
  const [type = '', ...values] = body.split(':');
  const fields = isSlideType(type) ? FIELDS[type] : undefined;
  if (!fields) return kioskStrings.config.unknownSlide(text);
  const raw: Record<string, unknown> = { type };
  fields.forEach((field, i) => {
    const value = values[i];
    if (value === undefined || value === '') return;
    raw[field] = LIST_FIELDS.has(field)
      ? value.split(',').filter(Boolean)
      : NUMBER_FIELDS.has(field)
        ? Number(value)
        : value;
  });
  if (seconds !== undefined) raw.varighed = Number(seconds);
  const result = slideSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return kioskStrings.config.badSlide(text, issue?.path.join('.') || 'type', issue?.message ?? '');
}

function positiveNumber(value: string | null, name: string, errors: string[]): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  errors.push(kioskStrings.config.badNumber(name, value));
  return undefined;
}

function speedOf(value: string | null, errors: string[]): number {
  const n = positiveNumber(value, 'hastighed', errors);
  if (n === undefined) return 1;
  if (n >= SPEED_RANGE.min && n <= SPEED_RANGE.max) return n;
  errors.push(kioskStrings.config.badSpeed(value ?? '', SPEED_RANGE.min, SPEED_RANGE.max));
  return 1;
}

/**
 * A playlist is read only from this server, by path: another site's file, a
 * data: or javascript: address could put anything on a screen in a public hall.
 */
export function playlistPath(value: string | null, errors: string[]): string | undefined {
  if (value === null || value === '') return undefined;
  if (/^\/(?![/\\])[^\s\\]*\.json$/.test(value)) return value;
  errors.push(kioskStrings.config.foreignPlaylist(value));
  return undefined;
}

export function parseKioskParams(search: string): KioskParams {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  let slides: SlideConfig[] | undefined;
  const slideText = params.get('slides');
  if (slideText !== null) {
    const parsed = slideText
      .split(';')
      .filter((s) => s.trim())
      .map((s) => parseSlide(s.trim()));
    const good = parsed.filter((s): s is SlideConfig => typeof s !== 'string');
    errors.push(...parsed.filter((s): s is string => typeof s === 'string'));
    slides = good.length > 0 ? good : undefined;
    if (!slides) errors.push(kioskStrings.config.noSlides);
  }
  return {
    playlistUrl: playlistPath(params.get('playlist'), errors),
    slides,
    varighed: positiveNumber(params.get('varighed'), 'varighed', errors),
    opdatering: positiveNumber(params.get('opdatering'), 'opdatering', errors),
    speed: speedOf(params.get('hastighed'), errors),
    errors,
  };
}

/** The file's playlist with the URL's overrides on top, validated as a whole. */
export function applyOverrides(base: Playlist, params: KioskParams): { playlist: Playlist; errors: string[] } {
  const merged = {
    ...base,
    slides: params.slides ?? base.slides,
    varighed: params.varighed ?? base.varighed,
    opdatering: params.opdatering ?? base.opdatering,
  };
  const result = playlistSchema.safeParse(merged);
  if (result.success) return { playlist: result.data, errors: [] };
  const issue = result.error.issues[0];
  return {
    playlist: base,
    errors: [kioskStrings.config.badSlide('URL', issue?.path.join('.') ?? '', issue?.message ?? '')],
  };
}
