// Reconnection delays: exponential growth with "equal jitter" (half fixed, half random), so the
// first retry comes within `initialDelayMs` and, once the cap is reached, retries stay spread over
// [cap/2, cap] instead of a whole fleet of clients retrying in step.

import { ConfigError } from '@heartwire/protocol';

export interface BackoffOptions {
  /** Upper bound of the first delay. Default 1,000 ms. */
  readonly initialDelayMs?: number;
  /** Upper bound of every delay. Default 30,000 ms. */
  readonly maxDelayMs?: number;
  /** Growth per attempt. Default 2. */
  readonly factor?: number;
  /** Attempts before giving up (`reconnectFailed`). Default Infinity. */
  readonly maxAttempts?: number;
}

export interface ResolvedBackoff {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly factor: number;
  readonly maxAttempts: number;
}

export function resolveBackoff(options: BackoffOptions = {}): ResolvedBackoff {
  const resolved = {
    initialDelayMs: options.initialDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    factor: options.factor ?? 2,
    maxAttempts: options.maxAttempts ?? Number.POSITIVE_INFINITY,
  };
  if (!(resolved.initialDelayMs > 0)) throw new ConfigError('reconnect.initialDelayMs must be > 0');
  if (!(resolved.maxDelayMs >= resolved.initialDelayMs)) {
    throw new ConfigError('reconnect.maxDelayMs must be >= reconnect.initialDelayMs');
  }
  if (!(resolved.factor >= 1)) throw new ConfigError('reconnect.factor must be >= 1');
  if (!(resolved.maxAttempts >= 1)) throw new ConfigError('reconnect.maxAttempts must be >= 1');
  return resolved;
}

/** Delay before attempt `attempt` (1-based). `random` returns [0, 1). */
export function backoffDelay(
  attempt: number,
  options: ResolvedBackoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    options.maxDelayMs,
    options.initialDelayMs * options.factor ** Math.max(0, attempt - 1),
  );
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
