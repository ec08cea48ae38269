// @heartwire/rapid: the quick start. RapidServerEngine and RapidClientEngine assemble transport,
// heartbeat, rpc and user manager with good defaults, so a working server or client is a few lines.

export { type BackoffOptions, backoffDelay, resolveBackoff } from './backoff.js';
export {
  type ClientMessageHandler,
  ClientState,
  type Credentials,
  LoginRefusedError,
  type LoginResult,
  type MessageInfo,
  RapidClientEngine,
  type RapidClientEvents,
} from './client-engine.js';
export { GroupRegistry } from './groups.js';
export {
  DEFAULT_HEARTBEAT_SPAN_SECS,
  DEFAULT_TIMEOUT_SPAN_SECS,
  type RapidClientOptions,
  type RapidServerOptions,
  type RapidTransport,
} from './options.js';
export {
  type LoginAttempt,
  type LoginVerdict,
  type RapidCallContext,
  RapidServerEngine,
  type RapidServerEvents,
  type SessionState,
  type VerifyLogin,
} from './server-engine.js';
export { SESSION_PROTO } from './session-schema.js';
