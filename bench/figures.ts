/** One measured figure, as printed by `npm run bench` (and as one JSON line with --json). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchGroup {
  name: string;
  description: string;
  run(): Promise<Figure[]>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Milliseconds taken by each call of work, sorted ascending. */
export function timeEach<T>(items: readonly T[], work: (item: T) => unknown): number[] {
  const times = items.map((item) => {
    const start = performance.now();
    work(item);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
