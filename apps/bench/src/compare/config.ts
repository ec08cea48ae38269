// The sizes of every scenario, full and quick. Quick runs every scenario and every system, only
// smaller and shorter, so that CI proves the whole machinery works in well under two minutes.

import type { HeartbeatConfig } from '../systems/types.js';

export interface CompareConfig {
  readonly quick: boolean;
  /** Run the systems of a scenario at the same time (quick smoke runs only: they share the cores). */
  readonly parallel: boolean;
  /** The heartbeat of scenarios 3-5 (N / M). */
  readonly heartbeat: HeartbeatConfig;
  readonly latency: {
    /** Rounds: every system measured once per round, so that ratios can pair rounds. */
    readonly runs: number;
    /** Round trips a system runs before the next system takes its turn (see latencyScenario). */
    readonly block: number;
    readonly warmup: number;
    readonly count: number;
    readonly size: number;
    readonly maxMs: number;
  };
  readonly throughput: {
    readonly shapes: readonly { readonly connections: number; readonly inFlight: number }[];
    /** Time each system runs its load, in all, per round. */
    readonly windowMs: number;
    /** Time a system runs its load before the next system takes its turn (see throughputScenario). */
    readonly sliceMs: number;
    readonly runs: number;
    readonly size: number;
  };
  readonly idle: {
    /** Rounds for raw and heartwire (whose targets are ratios to raw); the peers are measured in the first. */
    readonly rounds: number;
    readonly sizes: readonly number[];
    readonly windowMs: number;
    readonly clientsPerProcess: number;
  };
  readonly detection: { readonly repeats: number };
  readonly stall: { readonly clients: number };
}

export const fullConfig: CompareConfig = {
  quick: false,
  parallel: false,
  heartbeat: { intervalMs: 1000, timeoutMs: 3000 },
  latency: { runs: 9, block: 1000, warmup: 2000, count: 20_000, size: 64, maxMs: 120_000 },
  throughput: {
    shapes: [
      { connections: 1, inFlight: 256 },
      { connections: 50, inFlight: 32 },
    ],
    windowMs: 5000,
    sliceMs: 500,
    runs: 3,
    size: 64,
  },
  idle: { rounds: 5, sizes: [2000, 10_000], windowMs: 20_000, clientsPerProcess: 5000 },
  detection: { repeats: 5 },
  stall: { clients: 50 },
};

/** Quick: a shorter heartbeat (0.5 s / 1.5 s) so detection and stall fit in a smoke run. */
export const quickConfig: CompareConfig = {
  quick: true,
  parallel: true,
  heartbeat: { intervalMs: 500, timeoutMs: 1500 },
  latency: { runs: 1, block: 500, warmup: 200, count: 2000, size: 64, maxMs: 20_000 },
  throughput: {
    shapes: [
      { connections: 1, inFlight: 256 },
      { connections: 50, inFlight: 32 },
    ],
    windowMs: 1000,
    sliceMs: 250,
    runs: 1,
    size: 64,
  },
  idle: { rounds: 1, sizes: [200], windowMs: 2000, clientsPerProcess: 100 },
  detection: { repeats: 1 },
  stall: { clients: 10 },
};

/**
 * Node flags of the idle scenario's servers, every system alike: a young generation of fixed size.
 * V8 grows it from 1-4 MB to 16-32 MB under the allocations of a burst of connects and gives it back
 * later; measured between two such moments, that resizing (several MB, either way) drowns the cost of
 * 2,000 connections. Fixed, the RSS difference is what the connections hold.
 */
export const IDLE_SERVER_FLAGS: readonly string[] = ['--min-semi-space-size=1', '--max-semi-space-size=1'];
