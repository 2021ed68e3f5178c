import { ApiError } from '@/lib/api-client';
import { strings } from '@/lib/strings';

export function LoadingState({ label = strings.status.loading }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A failed request in words a user understands, with a way to try again. */
export function ErrorState({
  error,
  onRetry,
  compact = false,
}: {
  error: unknown;
  onRetry?: () => void;
  compact?: boolean;
}) {
  const tried = error instanceof ApiError && error.attempts > 1 ? ` ${strings.errors.attempts(error.attempts)}` : '';
  const message = error instanceof Error ? `${error.message}${tried}` : strings.errors.unexpected;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className={compact ? 'error-state compact' : 'error-state'} role="alert">
      <p className="error-title">
        <span aria-hidden="true">⚠ </span>
        {strings.status.errorTitle}
      </p>
      <p>{message}</p>
      {details.length > 0 && (
        <details>
          <summary>{strings.errors.details}</summary>
          <ul>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {strings.status.retry}
        </button>
      )}
    </div>
  );
}

/**
 * A page's main resource failed: "not found" in plain words for a 404,
 * otherwise a heading that names what could not be fetched, the error in
 * words, its technical detail folded away, and a retry.
 */
export function ResourceError({
  error,
  onRetry,
  notFound,
  failedTitle,
}: {
  error: unknown;
  onRetry: () => void;
  notFound?: { title: string; body: string };
  failedTitle: string;
}) {
  if (notFound && error instanceof ApiError && error.status === 404) {
    return (
      <>
        <h1>{notFound.title}</h1>
        <p>{notFound.body}</p>
      </>
    );
  }
  return (
    <>
      <h1>{failedTitle}</h1>
      <ErrorState error={error} onRetry={onRetry} />
    </>
  );
}
