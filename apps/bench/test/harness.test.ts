import { describe, expect, it } from 'vitest';
import { check, describeCounts, markdownTable, num, times } from '../src/lib/format.js';
import {
  finiteMedian,
  median,
  pairedRatio,
  percentile,
  ratio,
  sortedCopy,
  summarizeLatency,
} from '../src/lib/stats.js';

describe('percentile (nearest rank)', () => {
  const sorted = sortedCopy(Array.from({ length: 1000 }, (_, i) => 1000 - i)); // 1..1000, given unsorted

  it('sorts numerically, not as strings', () => {
    expect(Array.from(sortedCopy([10, 9, 100, 1]))).toEqual([1, 9, 10, 100]);
  });

  it('returns the nearest-rank values', () => {
    expect(percentile(sorted, 50)).toBe(500);
    expect(percentile(sorted, 99)).toBe(990);
    expect(percentile(sorted, 99.9)).toBe(999);
    expect(percentile(sorted, 100)).toBe(1000);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it('handles one sample and none', () => {
    expect(percentile([42], 99.9)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes latency samples', () => {
    const s = summarizeLatency([5, 1, 3, 2, 4]);
    expect(s).toEqual({ count: 5, p50: 3, p99: 5, p999: 5, max: 5 });
  });
});

describe('median and ratio', () => {
  it('takes the middle of odd and the mean of the two middles of even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives NaN rather than Infinity or a wrong number', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 2)).toBeNaN();
    expect(ratio(Number.POSITIVE_INFINITY, 2)).toBeNaN();
  });

  it('pairs rounds: the median of the per-round ratios, skipping failed rounds', () => {
    // Round 2 was slow for both systems: paired, its ratio is as good as the others.
    expect(pairedRatio([10, 20, 12], [5, 10, 6])).toBe(2);
    // The ratio of medians would be 12 / 6 = 2 too, but not here: rounds 1 and 3 disagree.
    expect(pairedRatio([10, 30, 12], [10, 10, 4])).toBe(3);
    expect(pairedRatio([10, Number.NaN, 12], [5, 10, 4])).toBe(2.5);
    // A system measured in the first round only pairs with that round.
    expect(pairedRatio([9], [3, 100, 100])).toBe(3);
    expect(pairedRatio([], [1])).toBeNaN();
    expect(finiteMedian([Number.NaN, 4, 2])).toBe(3);
  });
});

describe('Markdown formatting', () => {
  it('renders a table with aligned columns and escaped pipes', () => {
    const table = markdownTable(
      ['system', 'p50 µs', 'note'],
      [
        ['raw', '64.0', 'a|b'],
        ['x', '1'],
      ],
      [2],
    );
    expect(table.split('\n')).toEqual([
      '| system | p50 µs | note |',
      '| :--- | ---: | :--- |',
      '| raw | 64.0 | a\\|b |',
      '| x | 1 |  |',
    ]);
  });

  it('formats numbers, ratios and target checks', () => {
    expect(num(1234567.8)).toBe('1,234,568');
    expect(num(63.84)).toBe('63.8');
    expect(num(0.012345)).toBe('0.0123');
    expect(describeCounts({ timeout: 3, 'transport close': 1 })).toBe('timeout ×3, transport close ×1');
    expect(describeCounts({})).toBe('');
    expect(num(Number.NaN)).toBe('n/a');
    expect(times(1.234)).toBe('1.23×');
    expect(times(Number.NaN)).toBe('n/a');
    expect(check(1.05, (v) => v <= 1.1)).toBe('met');
    expect(check(1.2, (v) => v <= 1.1)).toBe('missed');
    expect(check(Number.NaN, (v) => v <= 1.1)).toBe('n/a');
  });
});
