import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mocked API for tests. Unknown requests fail the test (see test/setup.ts). */
export const server = setupServer(...handlers);
