/**
 * A pure function of a string, remembered: catalogs repeat their names and parameter texts across
 * tools, and several stages read each. Bounded: past `kept` keys the memory starts over, so a
 * catalog of distinct strings costs time, never memory. Callers must not change what it returns.
 */
export function remembered<V>(kept: number, compute: (key: string) => V): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size >= kept) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
