import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYLIST, slideDurationMs, validatePlaylist } from './playlist';
import { parseKioskParams } from './playlist-params';
import { playlistUrl, resolvePlaylist } from './use-playlist';

describe('the playlist config file', () => {
  it('accepts a valid file and fills in the defaults', () => {
    const { playlist, errors } = validatePlaylist({ slides: [{ type: 'status', plan: 'rr2014' }] }, 'skaerm.json');
    expect(errors).toEqual([]);
    expect(playlist).toEqual({ varighed: 15, opdatering: 60, slides: [{ type: 'status', plan: 'rr2014' }] });
  });

  it('falls back to the default playlist with a Danish message naming the field', () => {
    const { playlist, errors } = validatePlaylist(
      {
        slides: [
          { type: 'status', plan: 'rr2014' },
          { type: 'serie', indikator: 'x', omraader: [] },
        ],
      },
      'skaerm.json',
    );
    expect(playlist).toBe(DEFAULT_PLAYLIST);
    expect(errors[0]).toMatch(/^skaerm\.json: feltet «slides\[1\]\.omraader»/);
  });

  it('says so when the file cannot be fetched', () => {
    const r = resolvePlaylist({ error: 'Serveren har ikke filen.' }, 'skaerm.json', parseKioskParams(''));
    expect(r.playlist).toEqual(DEFAULT_PLAYLIST);
    expect(r.errors).toEqual(['skaerm.json kunne ikke hentes: Serveren har ikke filen.']);
  });

  it('computes each slide’s time from its own duration, the default and the speed factor', () => {
    expect(slideDurationMs({ type: 'status', plan: 'a', varighed: 20 }, DEFAULT_PLAYLIST, 1)).toBe(20_000);
    expect(slideDurationMs({ type: 'status', plan: 'a' }, DEFAULT_PLAYLIST, 10)).toBe(1500);
  });
});

describe('the URL override', () => {
  it('reads slides, per-slide durations, default duration, refresh interval and speed', () => {
    const p = parseKioskParams(
      '?slides=statusnu:183;statusnu;status:bp2022;serie:sygedagpenge-helaarspersoner:183,000@20;serie:ledighed-faktisk:183:2021;maal:as2015:a-1,b-2;maalgruppe:unge;sammenligning:ledighed;bevaegelse&varighed=12&opdatering=30&hastighed=4',
    );
    expect(p.errors).toEqual([]);
    expect(p.slides).toEqual([
      { type: 'statusnu', omraade: '183' },
      { type: 'statusnu' },
      { type: 'status', plan: 'bp2022' },
      { type: 'serie', indikator: 'sygedagpenge-helaarspersoner', omraader: ['183', '000'], varighed: 20 },
      { type: 'serie', indikator: 'ledighed-faktisk', omraader: ['183'], fra: 2021 },
      { type: 'maal', plan: 'as2015', maal: ['a-1', 'b-2'] },
      { type: 'maalgruppe', maalgruppe: 'unge' },
      { type: 'sammenligning', indikator: 'ledighed' },
      { type: 'bevaegelse' },
    ]);
    expect([p.varighed, p.opdatering, p.speed]).toEqual([12, 30, 4]);
  });

  it('keeps the good slides and reports the bad ones in Danish', () => {
    const p = parseKioskParams('?slides=status:rr2014;film:x;serie:y&hastighed=hurtig');
    expect(p.slides).toEqual([{ type: 'status', plan: 'rr2014' }]);
    expect(p.speed).toBe(1);
    expect(p.errors).toEqual([
      expect.stringContaining('«film:x» er ikke en kendt type dias'),
      expect.stringContaining('«serie:y», feltet «omraader»'),
      'feltet «hastighed» skal være et positivt tal, ikke «hurtig»',
    ]);
  });

  it('lets the URL replace the file’s slides and durations', () => {
    const r = resolvePlaylist(
      { data: { slides: [{ type: 'status', plan: 'rr2014' }] } },
      'skaerm.json',
      parseKioskParams('?slides=maalgruppe:unge&varighed=30'),
    );
    expect(r.playlist.slides).toEqual([{ type: 'maalgruppe', maalgruppe: 'unge' }]);
    expect(r.playlist.varighed).toBe(30);
  });

  it('refuses a duration too short to read, keeping the file’s playlist', () => {
    const r = resolvePlaylist(
      { data: { slides: [{ type: 'status', plan: 'rr2014' }] } },
      'skaerm.json',
      parseKioskParams('?varighed=1'),
    );
    expect(r.playlist.varighed).toBe(15);
    expect(r.errors[0]).toContain('«varighed»');
  });

  it('limits the speed: a million is refused, and the screen plays at normal speed', () => {
    const p = parseKioskParams('?hastighed=1000000');
    expect(p.speed).toBe(1);
    expect(p.errors).toEqual([expect.stringContaining('skal være mellem 0,1 og 60')]);
    expect(parseKioskParams('?hastighed=60').speed).toBe(60);
  });

  it('reads a playlist only from this server, by path', () => {
    for (const foreign of [
      'https://evil.example/p.json',
      '//evil.example/p.json',
      'data:application/json,{}',
      'javascript:alert(1)',
      '/\\evil.example/p.json',
    ]) {
      const p = parseKioskParams(`?playlist=${encodeURIComponent(foreign)}`);
      expect(p.playlistUrl).toBeUndefined();
      expect(p.errors).toEqual([expect.stringContaining('kun en fil på denne server')]);
    }
    expect(parseKioskParams('?playlist=/andre/hal.json').playlistUrl).toBe('/andre/hal.json');
  });

  it('finds the config file beside the app, or at the address given', () => {
    expect(playlistUrl(parseKioskParams(''), 'https://x.dk/app/skaerm', '/app/')).toBe('https://x.dk/app/skaerm.json');
    expect(playlistUrl(parseKioskParams('?playlist=/andre/hal.json'), 'https://x.dk/app/skaerm', '/app/')).toBe(
      'https://x.dk/andre/hal.json',
    );
  });
});
