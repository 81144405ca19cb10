// Answers of pure functions of a word, kept for the run: texts repeat their words, so most calls are
// answered from the cache.

/**
 * `fn` with its answers kept by argument. Past `limit` entries the cache starts again, so a long run
 * keeps memory bounded. `fn` must not return undefined.
 */
export function memoize<V>(fn: (key: string) => V, limit = 50_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = fn(key);
      if (cache.size > limit) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
}
