import type { AddressInfo } from 'node:net';

/** The address a server listening on port 0 was given, so test and bench servers never collide. */
export function serverUrl(server: { httpServer: { address(): AddressInfo | string | null } | null }): string {
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('Serveren lytter ikke på en TCP-port.');
  return `http://127.0.0.1:${address.port}`;
}
