/**
 * A short fingerprint of a text (FNV-1a, 32 bits, as 8 hex digits). The
 * prerendered page carries the fingerprint of the page bundle it was
 * rendered from; the browser hydrates it only when the bundle it loads has
 * the same one, so React never attaches to HTML built from other data.
 * Not for security: only for telling two versions apart.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
