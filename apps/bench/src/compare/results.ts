// What each scenario measures for each system; the report turns these into tables.

import type { LatencySummary } from '../lib/stats.js';
import type { SystemName } from '../systems/types.js';

/** Medians over the runs (max: the largest), each run 20,000 round trips in fresh processes. */
export interface LatencyResult extends LatencySummary {
  readonly system: SystemName;
  /** p50 of each run, by round (NaN: failed); ratios pair them. */
  readonly runs: readonly number[];
}

export interface ThroughputResult {
  readonly system: SystemName;
  readonly connections: number;
  readonly inFlight: number;
  /** Medians over the runs. */
  readonly requestsPerSec: number;
  readonly serverCpuSecs: number;
  /** Server CPU time per completed request, µs (the window's CPU ÷ the window's answers). */
  readonly serverCpuMicrosPerRequest: number;
  /**
   * The load generator's CPU time per completed request, µs: beside the server's, it shows which
   * process bounds a system's rate (the one near a whole core over the window).
   */
  readonly clientCpuMicrosPerRequest: number;
  readonly serverPeakRss: number;
  /** Requests/s of each run, by round (NaN: failed); ratios pair them. */
  readonly runs: readonly number[];
  readonly errors: number;
  readonly firstError: string;
}

export interface IdleResult {
  readonly system: SystemName;
  readonly clients: number;
  /** The fewest connected in any round. */
  readonly connected: number;
  /** Medians over the rounds. */
  readonly cpuPercent: number;
  readonly rssPerConnection: number;
  /** The same difference for the JS heap + external memory (less noisy than RSS). */
  readonly heapPerConnection: number;
  /** Live clients dropped during the window (by the server, or seen lost by clients), summed over the rounds. */
  readonly falseTimeouts: number;
  readonly serverTimeouts: number;
  /** Disconnect reasons during the windows, summed over the rounds. */
  readonly reasons: Readonly<Record<string, number>>;
  /** Server CPU % of each round (NaN: not measured in that round); ratios pair them. */
  readonly runs: readonly number[];
}

export interface DetectionResult {
  readonly system: SystemName;
  readonly timeoutMs: number;
  /** ms from SIGSTOP to the server's event, one per repeat; NaN = not detected within the bound. */
  readonly samples: readonly number[];
  readonly median: number;
  readonly event: string;
}

export interface StallResult {
  readonly system: SystemName;
  readonly clients: number;
  readonly stallMs: number;
  readonly serverTimeouts: number;
  readonly serverDisconnects: number;
  readonly clientsLost: number;
  readonly detail: string;
}

export interface CompareResults {
  latency: LatencyResult[];
  throughput: ThroughputResult[];
  idle: IdleResult[];
  detection: DetectionResult[];
  stall: StallResult[];
  /** Failures of a system in a scenario (the run continues with the others). */
  failures: string[];
}
