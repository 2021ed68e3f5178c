import { useRouteError } from 'react-router';
import { strings } from '@/lib/strings';

/** A page that threw while rendering: say so in Danish and offer a reload; the URL keeps the user's choices. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorPanel error={error} />;
}

export function ErrorPanel({ error }: { error: unknown }) {
  return (
    <main id="indhold" className="page">
      <div className="error-state" role="alert">
        <h1>{strings.errors.boundaryTitle}</h1>
        <p>{strings.errors.boundaryBody}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {strings.errors.reload}
        </button>
        {error instanceof Error && (
          <details>
            <summary>{strings.errors.details}</summary>
            <pre>{error.message}</pre>
          </details>
        )}
      </div>
    </main>
  );
}
