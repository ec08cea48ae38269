// What each scenario measures for each system; the report turns these into tables.

import type { LatencySummary } from '../lib/stats.js';
import type { SystemName } from '../systems/types.js';

export interface LatencyResult extends LatencySummary {
  readonly system: SystemName;
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
  readonly serverPeakRss: number;
  readonly runs: readonly number[];
  readonly errors: number;
  readonly firstError: string;
}

export interface IdleResult {
  readonly system: SystemName;
  readonly clients: number;
  readonly connected: number;
  readonly cpuPercent: number;
  readonly rssPerConnection: number;
  /** The same difference for the JS heap + external memory (less noisy than RSS). */
  readonly heapPerConnection: number;
  /** Live clients dropped during the window: by the server (timeouts, disconnects) or seen lost by clients. */
  readonly falseTimeouts: number;
  readonly serverTimeouts: number;
  readonly detail: string;
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
