// @heartwire/user-manager: who is online, the relogon policy, kick, and presence events in a
// guaranteed order, written against the Connection contract of @heartwire/protocol only.

export { MemoryUserStore } from './memory-store.js';
export type { PresenceEntry, PresenceRecord, UserStore } from './store.js';
export {
  type BindOptions,
  type BindResult,
  type DisconnectInfo,
  type OnlineUser,
  RelogonPolicy,
  type UserConnection,
  type UserManagerEvents,
  type UserManagerOptions,
} from './types.js';
export {
  DEFAULT_CLOSE_TIMEOUT_MS,
  DEFAULT_DEVICE_TYPE,
  DEFAULT_TIMED_OUT_HANDLER_TIMEOUT_MS,
  UserManager,
} from './user-manager.js';
