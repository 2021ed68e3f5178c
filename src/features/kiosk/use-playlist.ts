import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getJson } from '@/lib/api-client';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { DEFAULT_PLAYLIST, validatePlaylist, type Playlist } from './playlist';
import { applyOverrides, type KioskParams } from './playlist-params';

/** The config file's address: ?playlist=… (a path on this server) or skaerm.json beside the app. */
export function playlistUrl(params: KioskParams, baseUri: string, basePath: string): string {
  const fallback = new URL(`${basePath}skaerm.json`, baseUri);
  if (!params.playlistUrl) return fallback.toString();
  const asked = new URL(params.playlistUrl, baseUri);
  // playlistPath allows only paths; this holds even if that rule is ever loosened.
  return asked.origin === fallback.origin ? asked.toString() : fallback.toString();
}

/** File (or its failure) + URL overrides → the playlist to play and every reason it is not what was asked for. */
export function resolvePlaylist(
  file: { data: unknown } | { error: string },
  source: string,
  params: KioskParams,
): { playlist: Playlist; errors: string[] } {
  const fromFile =
    'error' in file
      ? { playlist: DEFAULT_PLAYLIST, errors: [kioskStrings.config.fileFailed(source, file.error)] }
      : validatePlaylist(file.data, source);
  const merged = applyOverrides(fromFile.playlist, params);
  return { playlist: merged.playlist, errors: [...params.errors, ...fromFile.errors, ...merged.errors] };
}

export function usePlaylist(params: KioskParams) {
  const url = playlistUrl(params, document.baseURI, import.meta.env.BASE_URL);
  const file = useQuery({
    queryKey: ['kiosk', 'playlist', url],
    // Validated as a playlist below, where every wrong field is named on screen.
    queryFn: ({ signal }) => getJson(url, { signal }),
    retry: false,
  });
  const source = url.split('/').pop() ?? url;
  const resolved = useMemo(() => {
    if (file.data !== undefined) return resolvePlaylist({ data: file.data }, source, params);
    if (file.error) return resolvePlaylist({ error: file.error.message }, source, params);
    return undefined;
  }, [file.data, file.error, source, params]);
  return { pending: resolved === undefined, ...resolved };
}
