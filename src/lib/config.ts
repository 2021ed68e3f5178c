/** Where the API lives. A relative base is resolved against the page, so a static export works under any path. */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || `${import.meta.env.BASE_URL}api/v1/`;

/** Request timeout before the user is told the server did not answer. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Page bundles (docs/api.md): on by default, as the static export and the
 * mocked API serve them. A real API without them sets VITE_API_BUNDLES=false
 * (or simply answers 404: the app then asks for each resource).
 */
export const API_BUNDLES: boolean = import.meta.env.VITE_API_BUNDLES !== 'false';
