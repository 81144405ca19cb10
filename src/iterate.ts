// Lazy helpers over iterables, so claims can stream from reading to output.

/** The items `keep` accepts, one at a time. */
export function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/** The items unchanged, calling `each` on every one as it passes. */
export function* tap<T>(items: Iterable<T>, each: (item: T) => void): Generator<T> {
  for (const item of items) {
    each(item);
    yield item;
  }
}
