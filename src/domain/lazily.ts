/**
 * A value made the first time it is asked for. Intl formatters cost a
 * locale lookup each; made at module load they all run before the first
 * request starts, though most pages use a few.
 */
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
