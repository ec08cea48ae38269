// Round-trip time from PING/PONG pairs: the last sample, a smoothed value (TCP's SRTT, RFC 6298,
// alpha = 1/8) and the minimum seen, which approximates the path's delay without queueing.

export interface RttStats {
  /** The latest sample in ms, or undefined before the first PONG. */
  readonly last: number | undefined;
  /** Exponentially weighted moving average (alpha = 1/8) in ms. */
  readonly smoothed: number | undefined;
  /** The smallest sample in ms. */
  readonly min: number | undefined;
}

export class RttEstimator implements RttStats {
  last: number | undefined;
  smoothed: number | undefined;
  min: number | undefined;

  add(sampleMs: number): void {
    this.last = sampleMs;
    this.smoothed = this.smoothed === undefined ? sampleMs : this.smoothed + (sampleMs - this.smoothed) / 8;
    this.min = this.min === undefined ? sampleMs : Math.min(this.min, sampleMs);
  }
}
