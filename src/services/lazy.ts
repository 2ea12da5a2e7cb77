/**
 * Defines `key` on `target` as a getter computed on first read. GraphQL reads a field only
 * when the client selects it, so an expensive value (a COUNT(*), 10^6 cluster relationships)
 * costs nothing when it is not asked for. The value may be a promise: GraphQL awaits it.
 */
export function lazyField<T extends object, K extends string, V>(
  target: T,
  key: K,
  compute: () => V,
): T & { readonly [P in K]: V } {
  let done = false;
  let value: V;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
  return target as T & { readonly [P in K]: V };
}
