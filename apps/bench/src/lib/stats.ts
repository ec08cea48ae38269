// Summary statistics of measured samples: percentiles (nearest rank), medians and ratios. Pure, so
// the report and the tests share one definition of "p99".

/** Nearest-rank percentile of `sorted` (ascending), p in [0, 100]. NaN for no samples. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[n - 1]!;
  // The epsilon keeps binary rounding (0.999 × 1000 = 999.0000000000001) from skipping a rank.
  const rank = Math.ceil((p / 100) * n - 1e-9);
  return sorted[Math.min(n, Math.max(1, rank)) - 1]!;
}

/** Sorted copy as a Float64Array (numeric order, not string order). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sortedCopy(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** a / b, or NaN when either is not a finite number or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) {
    return Number.NaN;
  }
  return a / b;
}

/**
 * The median of the per-round ratios a[i] / b[i] (rounds where either failed are skipped): two
 * systems measured back to back in the same round share that round's machine noise, so the ratio
 * of each pair is steadier than the ratio of two medians taken over different moments.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const r = ratio(a[i], b[i]);
    if (Number.isFinite(r)) ratios.push(r);
  }
  return median(ratios);
}

/** The median of the finite values (NaN marks a failed round). */
export function finiteMedian(values: readonly number[]): number {
  return median(values.filter(Number.isFinite));
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
}

/** Latency summary in the unit of the samples. */
export function summarizeLatency(samples: ArrayLike<number>): LatencySummary {
  const s = sortedCopy(samples);
  return {
    count: s.length,
    p50: percentile(s, 50),
    p99: percentile(s, 99),
    p999: percentile(s, 99.9),
    max: s.length ? s[s.length - 1]! : Number.NaN,
  };
}
