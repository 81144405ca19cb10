// A lookup table keyed by words: without a prototype, so "constructor" or "toString" in a text finds nothing.
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
