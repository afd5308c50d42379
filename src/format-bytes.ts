/** `16 MiB`, `512 KiB`, or a plain count of bytes when no binary unit divides it. */
export function formatBytes(bytes: number): string {
  const units = [
    ["GiB", 2 ** 30],
    ["MiB", 2 ** 20],
    ["KiB", 2 ** 10],
  ] as const;
  for (const [unit, size] of units) if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  return `${bytes} bytes`;
}
