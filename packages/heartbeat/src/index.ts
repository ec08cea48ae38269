// @heartwire/heartbeat: application-level liveness over any heartwire Connection. HeartBeater keeps
// a connection's peer supplied with PINGs and measures RTT; HeartBeatChecker finds the connections
// from which nothing has arrived for too long, at the cost of one shared timer.

export { answerPings } from './answer-pings.js';
export { type Clock, type Scheduler, systemClock, systemScheduler } from './clock.js';
export {
  DEFAULT_MAX_TICK_MS,
  defaultTickMs,
  HeartBeatChecker,
  type HeartBeatCheckerEvents,
  type HeartBeatCheckerOptions,
  type HeartBeatCheckerStats,
  MAX_CHARGED_TICKS_PER_SWEEP,
  type TimedOutInfo,
} from './heart-beat-checker.js';
export { HeartBeater, type HeartBeaterEvents, type HeartBeaterOptions } from './heart-beater.js';
export type { RttStats } from './rtt.js';
export {
  MAX_SPAN_SECS,
  validateHeartBeatSpan,
  validateIdlePingSecs,
  validateSpans,
  validateTickMs,
  validateTimeoutSpan,
} from './validate.js';
