import { describe, expect, it } from "vitest";
import { mapConcurrent } from "../../src/connect/pool.js";

/** A promise plus the function that settles it, so a test decides the order things finish in. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe("mapConcurrent", () => {
  it("keeps input order when calls finish out of order", async () => {
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()];
    const mapping = mapConcurrent(["a", "b", "c"], 3, async (item, index) => {
      await gates[index]!.promise;
      return `${item}${index}`;
    });
    gates[2]!.resolve();
    gates[0]!.resolve();
    gates[1]!.resolve();
    expect(await mapping).toEqual(["a0", "b1", "c2"]);
  });

  it("never runs more than the limit at once, and uses all of it", async () => {
    let running = 0;
    let peak = 0;
    const results = await mapConcurrent([...Array(20).keys()], 4, async (item) => {
      running++;
      peak = Math.max(peak, running);
      // Yield a few times so other workers get a chance to start.
      for (let turn = 0; turn < 3; turn++) await Promise.resolve();
      running--;
      return item * 2;
    });
    expect(peak).toBe(4);
    expect(results).toEqual([...Array(20).keys()].map((item) => item * 2));
  });

  it("handles an empty list and a limit above the item count", async () => {
    expect(await mapConcurrent([], 5, async () => 1)).toEqual([]);
    expect(await mapConcurrent([1, 2], 10, async (item) => item + 1)).toEqual([2, 3]);
  });

  it("rejects with the first error and starts no new item after it", async () => {
    const started: number[] = [];
    const mapping = mapConcurrent([0, 1, 2, 3, 4], 1, async (item) => {
      started.push(item);
      if (item === 1) throw new Error("boom");
      return item;
    });
    await expect(mapping).rejects.toThrow("boom");
    expect(started).toEqual([0, 1]);
  });

  it("rejects a limit that is not a positive integer", async () => {
    await expect(mapConcurrent([1], 0, async (item) => item)).rejects.toThrow(RangeError);
    await expect(mapConcurrent([1], 1.5, async (item) => item)).rejects.toThrow(RangeError);
  });
});
