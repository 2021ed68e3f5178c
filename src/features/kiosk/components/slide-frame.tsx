import type { ReactNode } from 'react';
import { strings } from '@/lib/strings';

/** Heading, body and sources of one slide; every slide has the same frame so nothing jumps between them. */
export function SlideFrame({
  title,
  children,
  sources,
}: {
  title: string;
  children: ReactNode;
  sources?: readonly string[];
}) {
  const unique = [...new Set(sources ?? [])];
  return (
    <section className="kiosk-slide" aria-labelledby="kiosk-slide-title">
      <h1 id="kiosk-slide-title">{title}</h1>
      <div className="kiosk-slide-body">{children}</div>
      {unique.length > 0 && (
        <ul className="kiosk-sources">
          {unique.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Loading or failed before any data arrived: say so on the slide; once data exists it stays on screen. */
export function SlideState({ title, error }: { title: string; error?: unknown }) {
  return (
    <SlideFrame title={title}>
      {error ? (
        <p className="kiosk-slide-error">
          {strings.kiosk.slideError(error instanceof Error ? error.message : strings.errors.unexpected)}
        </p>
      ) : (
        <p role="status">{strings.kiosk.loading}</p>
      )}
    </SlideFrame>
  );
}
