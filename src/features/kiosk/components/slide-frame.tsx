import type { ReactNode } from 'react';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { usePollProblem } from '../refresh';

type FrameProps = {
  title: string;
  /** A line above the title: which plan, which kommune. */
  kicker?: string | undefined;
  /** The plain-Danish sentence that explains the main figure. */
  sentence?: string | undefined;
  /** "Kilde: …" and "Nyeste tal: …": the slide's own sources and the date of its figures. */
  footnote?: string | undefined;
  /** What is missing from the slide and why ("Ingen tal for Ishøj: …"), when some of its data failed. */
  problem?: string | undefined;
  children: ReactNode;
};

/**
 * Every slide has the same frame, so nothing jumps between them: a title, the
 * main figure or chart in all the free height, the sentence, then the source
 * and the figures' date. The screen's footer sits below it, fixed.
 */
export function SlideFrame({ title, kicker, sentence, footnote, problem, children }: FrameProps) {
  return (
    <section className="kiosk-slide" aria-labelledby="kiosk-slide-title">
      <header className="kiosk-slide-head">
        {kicker && <p className="kiosk-kicker">{kicker}</p>}
        <h1 id="kiosk-slide-title">{title}</h1>
      </header>
      <div className="kiosk-slide-main">{children}</div>
      {problem && <p className="kiosk-problem">{problem}</p>}
      {sentence && <p className="kiosk-sentence">{sentence}</p>}
      {footnote && <p className="kiosk-footnote">{footnote}</p>}
    </section>
  );
}

/** "Ingen tal for Ishøj: Serveren svarede med fejl 500, da vi hentede en tidsserie." */
export function problemText(what: readonly string[], error: unknown): string {
  return kioskStrings.missing(what.join(' og '), error instanceof Error ? error.message : strings.errors.unexpected);
}

/**
 * Before any data arrived, or when it never can: the slide says so in words,
 * under a title a passer-by understands (never a raw id).
 */
export function SlideState({ title, error }: { title: string; error?: unknown }) {
  const waiting = usePollProblem();
  return (
    <SlideFrame title={title}>
      {error ? (
        <p className="kiosk-placeholder">
          {kioskStrings.slideError(error instanceof Error ? error.message : strings.errors.unexpected)}
        </p>
      ) : waiting ? (
        <p className="kiosk-placeholder">{kioskStrings.waiting(waiting)}</p>
      ) : (
        <p className="kiosk-placeholder" role="status">
          {kioskStrings.loading}
        </p>
      )}
    </SlideFrame>
  );
}
