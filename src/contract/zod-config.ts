import { z } from 'zod';

/**
 * zod 4 probes whether it may compile its parsers with `new Function`, which
 * the app's Content-Security-Policy forbids (no eval). Jitless, it never
 * tries; validation stays at the boundary, just without the compiled fast path.
 */
z.config({ jitless: true });
