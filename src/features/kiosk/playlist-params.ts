import { strings } from '@/lib/strings';
import { playlistSchema, slideSchema, type Playlist, type SlideConfig } from './playlist';

/**
 * The URL override, so a screen can be set up from its address alone:
 *
 *   ?playlist=<url of a JSON file>        another config file instead of /skaerm.json
 *   ?slides=status:rr2014;maal:as2015:id1,id2@20;serie:sygedagpenge-helaarspersoner:183,000;
 *           maalgruppe:sygedagpenge;sammenligning:ledighed-saesonkorrigeret
 *   ?varighed=20                          default seconds per slide
 *   ?opdatering=30                        seconds between data refreshes
 *   ?hastighed=10                         speed factor (tests, rehearsals)
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
  status: ['plan'],
  maal: ['plan', 'maal'],
  serie: ['indikator', 'omraader'],
  maalgruppe: ['maalgruppe'],
  sammenligning: ['indikator'],
};
const LIST_FIELDS = new Set(['maal', 'omraader']);

function parseSlide(text: string): SlideConfig | string {
  const [body = '', seconds] = text.split('@');
  const [type = '', ...values] = body.split(':');
  const fields = FIELDS[type as SlideConfig['type']];
  if (!fields) return strings.kiosk.config.unknownSlide(text);
  const raw: Record<string, unknown> = { type };
  fields.forEach((field, i) => {
    const value = values[i];
    if (value === undefined || value === '') return;
    raw[field] = LIST_FIELDS.has(field) ? value.split(',').filter(Boolean) : value;
  });
  if (seconds !== undefined) raw.varighed = Number(seconds);
  const result = slideSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return strings.kiosk.config.badSlide(text, issue?.path.join('.') || 'type', issue?.message ?? '');
}

function positiveNumber(value: string | null, name: string, errors: string[]): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  errors.push(strings.kiosk.config.badNumber(name, value));
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
    if (!slides) errors.push(strings.kiosk.config.noSlides);
  }
  return {
    playlistUrl: params.get('playlist') || undefined,
    slides,
    varighed: positiveNumber(params.get('varighed'), 'varighed', errors),
    opdatering: positiveNumber(params.get('opdatering'), 'opdatering', errors),
    speed: positiveNumber(params.get('hastighed'), 'hastighed', errors) ?? 1,
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
    errors: [strings.kiosk.config.badSlide('URL', issue?.path.join('.') ?? '', issue?.message ?? '')],
  };
}
