import { describe, expect, it } from 'vitest';
import { cachesToDelete, scopedPath, shellRoute, type ShellManifest } from './shell-routes';

const manifest: ShellManifest = {
  version: 'abc123',
  immutable: ['assets/index-A1.js', 'assets/echarts-B2.js', 'assets/index-C3.css'],
  revalidate: ['index.html', 'skaerm.json', 'favicon.svg'],
};
const scope = 'https://jobcenter.example/pejlemaerke/';
const get = (path: string, mode = 'cors') => ({ url: `https://jobcenter.example${path}`, method: 'GET', mode });

describe('shellRoute', () => {
  it('answers pages of the app (any client route) network first, falling back to the cached index.html', () => {
    for (const path of ['/pejlemaerke/', '/pejlemaerke/skaerm', '/pejlemaerke/planer/rr2014?omraade=ishoej']) {
      expect(shellRoute(get(path, 'navigate'), scope, manifest)).toEqual({ kind: 'page' });
    }
    expect(shellRoute(get('/pejlemaerke/index.html', 'navigate'), scope, manifest)).toEqual({ kind: 'page' });
  });

  it('leaves a file opened directly in the browser to the network', () => {
    expect(shellRoute(get('/pejlemaerke/api/v1/plans.json', 'navigate'), scope, manifest)).toEqual({
      kind: 'network',
    });
  });

  it('serves the hashed build files from the cache and revalidates the ones that keep their name', () => {
    expect(shellRoute(get('/pejlemaerke/assets/echarts-B2.js'), scope, manifest)).toEqual({
      kind: 'immutable',
      path: 'assets/echarts-B2.js',
    });
    expect(shellRoute(get('/pejlemaerke/skaerm.json'), scope, manifest)).toEqual({
      kind: 'revalidate',
      path: 'skaerm.json',
    });
  });

  it('never answers API requests: their freshness is the app’s to judge', () => {
    expect(shellRoute(get('/pejlemaerke/api/v1/index.json'), scope, manifest)).toEqual({ kind: 'network' });
    expect(shellRoute(get('/pejlemaerke/api/v1/plans/rr2014.json'), scope, manifest)).toEqual({ kind: 'network' });
  });

  it('leaves other origins, other paths, other methods and query strings alone', () => {
    const elsewhere = { url: 'https://api.example/pejlemaerke/skaerm.json', method: 'GET', mode: 'cors' };
    expect(shellRoute(elsewhere, scope, manifest).kind).toBe('network');
    expect(shellRoute(get('/andet/assets/index-A1.js'), scope, manifest).kind).toBe('network');
    expect(shellRoute({ ...get('/pejlemaerke/skaerm.json'), method: 'POST' }, scope, manifest).kind).toBe('network');
    expect(shellRoute(get('/pejlemaerke/skaerm.json?v=2'), scope, manifest).kind).toBe('network');
    expect(shellRoute(get('/pejlemaerke/hal-2.json'), scope, manifest).kind).toBe('network');
  });
});

describe('scopedPath', () => {
  it('is the path below the scope, decoded; null outside it', () => {
    const s = new URL(scope);
    expect(scopedPath(new URL('https://jobcenter.example/pejlemaerke/assets/a%20b.js'), s)).toBe('assets/a b.js');
    expect(scopedPath(new URL('https://jobcenter.example/pejlemaerke/'), s)).toBe('');
    expect(scopedPath(new URL('https://jobcenter.example/pejle'), s)).toBeNull();
    expect(scopedPath(new URL('http://jobcenter.example/pejlemaerke/'), s)).toBeNull();
  });
});

describe('cachesToDelete', () => {
  it('keeps the current build’s cache and the newest before it, and never touches other caches', () => {
    const names = ['pejlemaerke-shell-v1', 'andet-cache', 'pejlemaerke-shell-v2', 'pejlemaerke-shell-v3'];
    expect(cachesToDelete(names, 'pejlemaerke-shell-v4')).toEqual(['pejlemaerke-shell-v1', 'pejlemaerke-shell-v2']);
    expect(cachesToDelete(names, 'pejlemaerke-shell-v3')).toEqual(['pejlemaerke-shell-v1']);
    expect(cachesToDelete(['pejlemaerke-shell-v1'], 'pejlemaerke-shell-v1')).toEqual([]);
  });
});
