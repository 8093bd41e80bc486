/**
 * Findings keep their strings and explanations alive, so values many findings have alike
 * (explanation texts, one-word context lists, whole explanations) are made once and shared. A
 * cache forgets everything once it holds `limit` entries: odd input cannot grow it without bound.
 */
export function shared<K, V>(cache: Map<K, V>, key: K, make: (key: K) => V, limit = 10_000): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= limit) cache.clear();
    cache.set(key, (value = make(key)));
  }
  return value;
}
