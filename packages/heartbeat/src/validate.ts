// Configuration checks of the heartbeat spans, shared by the beater, the checker and the layers above
// (which know both spans and must keep N < M). Bad values throw ConfigError at configuration time.

import { ConfigError } from '@heartwire/protocol';

/** Longest span a Node timer can express (2^31 - 1 ms), in seconds. */
export const MAX_SPAN_SECS = Math.floor(0x7fffffff / 1000);

function checkSpan(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_SPAN_SECS) {
    throw new ConfigError(
      `${name} must be a positive number of seconds no larger than ${MAX_SPAN_SECS}, got ${String(value)}`,
    );
  }
}

/** N: how long a connection may go without sending or receiving before a PING is sent. */
export function validateHeartBeatSpan(heartBeatSpanInSecs: unknown): asserts heartBeatSpanInSecs is number {
  checkSpan('heartBeatSpanInSecs', heartBeatSpanInSecs);
}

/** M: how long nothing may arrive from a peer before it is timed out. */
export function validateTimeoutSpan(timeoutSpanInSecs: unknown): asserts timeoutSpanInSecs is number {
  checkSpan('timeoutSpanInSecs', timeoutSpanInSecs);
}

/** Both spans, and N < M: a peer that PINGs every M seconds or slower would be timed out while alive. */
export function validateSpans(heartBeatSpanInSecs: number, timeoutSpanInSecs: number): void {
  validateHeartBeatSpan(heartBeatSpanInSecs);
  validateTimeoutSpan(timeoutSpanInSecs);
  if (heartBeatSpanInSecs >= timeoutSpanInSecs) {
    throw new ConfigError(
      `heartBeatSpanInSecs (${heartBeatSpanInSecs}) must be smaller than timeoutSpanInSecs (${timeoutSpanInSecs}); ` +
        'three times smaller is a good default',
    );
  }
}

/** The checker's sampling period: positive, and not longer than the timeout it serves. */
export function validateTickMs(tickMs: unknown, timeoutSpanInSecs: number): asserts tickMs is number {
  if (typeof tickMs !== 'number' || !Number.isFinite(tickMs) || tickMs < 1) {
    throw new ConfigError(`tickMs must be a number of milliseconds of at least 1, got ${String(tickMs)}`);
  }
  if (tickMs > timeoutSpanInSecs * 1000) {
    throw new ConfigError(
      `tickMs (${tickMs}) must not be longer than timeoutSpanInSecs (${timeoutSpanInSecs} s)`,
    );
  }
}

/** The checker's idle PING: positive, and below the timeout the peer applies (assumed to be ours). */
export function validateIdlePingSecs(idlePingSecs: unknown, timeoutSpanInSecs: number): void {
  if (typeof idlePingSecs !== 'number' || !Number.isFinite(idlePingSecs) || idlePingSecs <= 0) {
    throw new ConfigError(
      `idlePingSecs must be a positive number of seconds or false, got ${String(idlePingSecs)}`,
    );
  }
  if (idlePingSecs >= timeoutSpanInSecs) {
    throw new ConfigError(
      `idlePingSecs (${idlePingSecs}) must be smaller than timeoutSpanInSecs (${timeoutSpanInSecs})`,
    );
  }
}
