import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { usePlayback } from '../playback-store';
import { slideDurationMs, type Playlist } from '../playlist';
import { parseKioskParams } from '../playlist-params';
import { useRefreshLoop } from '../refresh';
import { useReloadOnNewVersion } from '../use-reload-on-new-version';
import { useKioskKeys, useRotation } from '../use-rotation';
import { usePlaylist } from '../use-playlist';
import { FreshnessBar } from './freshness-bar';
import { Slide } from './slide';

export function KioskScreen() {
  const { search } = useLocation();
  const params = useMemo(() => parseKioskParams(search), [search]);
  const { playlist, errors, pending } = usePlaylist(params);
  if (pending || !playlist) {
    return (
      <p className="kiosk-loading" role="status">
        {kioskStrings.loading}
      </p>
    );
  }
  return <Player playlist={playlist} errors={errors ?? []} speed={params.speed} />;
}

function Player({ playlist, errors, speed }: { playlist: Playlist; errors: readonly string[]; speed: number }) {
  const refreshMs = playlist.opdatering * 1000;
  useRefreshLoop(refreshMs);
  const playback = usePlayback(playlist, playlist.slides.length);
  const { index: current, run, paused, count } = playback;
  const slide = playlist.slides[current]!;
  const durationMs = slideDurationMs(slide, playlist, speed);
  useRotation(playback, durationMs);
  useKioskKeys(playback);
  // Looking for a new build as often as for new data: one small request for sw.js.
  useReloadOnNewVersion(run, refreshMs);
  return (
    <div className="kiosk" data-slide-index={current} data-run={run} data-paused={paused}>
      {/* Its own grid row, present or not, so the footer always sits at the bottom. */}
      {errors.length > 0 && (
        <div className="kiosk-config-error" role="alert">
          <p>{kioskStrings.config.title}</p>
          <ul>
            {errors.slice(0, 3).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <main className="kiosk-stage" key={`${current}-${run}`}>
        <Slide config={slide} />
      </main>
      <footer className="kiosk-footer">
        <FreshnessBar refreshMs={refreshMs} />
        <p className="kiosk-position">
          {kioskStrings.slideOf(current + 1, count)}
          {paused && (
            <>
              {' · '}
              <strong className="kiosk-paused">{kioskStrings.paused}</strong>
            </>
          )}
          {/* For whoever sets the screen up with a keyboard; a passer-by needs none of it. */}
          <span className="visually-hidden"> · {kioskStrings.keyHelp}</span>
        </p>
      </footer>
      <div className="kiosk-progress" aria-hidden="true">
        <div
          key={`${current}-${run}`}
          className="kiosk-progress-bar"
          style={{ animationDuration: `${durationMs}ms`, animationPlayState: paused ? 'paused' : 'running' }}
        />
      </div>
    </div>
  );
}
