/** Where the API lives. A relative base is resolved against the page, so a static export works under any path. */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || `${import.meta.env.BASE_URL}api/v1/`;

/** Request timeout before the user is told the server did not answer. */
export const REQUEST_TIMEOUT_MS = 15_000;
