// The public shapes of the user manager: options, bind results, the user records handed to the
// application and the typed event map. Kept apart from the class so the Rapid engine and
// applications can import the types alone.

import type { CloseInfo, Connection, DisconnectReason } from '@heartwire/protocol';
import type { UserStore } from './store.js';

/** What happens when a user who is already online logs in again. */
export const RelogonPolicy = {
  /** The old connection gets CLOSE `pushed-out`, the new one takes its place (the default). */
  REPLACE_OLD: 'replace-old',
  /** The new login is refused with `new-connection-ignored`; the old connection stays. */
  IGNORE_NEW: 'ignore-new',
  /** Several connections per user, one per device type; a second login on the same device type replaces the first. */
  ALLOW_MULTIPLE: 'allow-multiple',
} as const;
export type RelogonPolicy = (typeof RelogonPolicy)[keyof typeof RelogonPolicy];

export interface UserManagerOptions<TTag = unknown> {
  /** Default `replace-old`. */
  readonly relogonPolicy?: RelogonPolicy;
  /** How long `timeOut()` waits for async `userTimedOut` handlers before it closes anyway. Default 5000. */
  readonly timedOutHandlerTimeoutMs?: number;
  /** How long a close (CLOSE frame + flush) may take before the connection is destroyed. Default 10000. */
  readonly closeTimeoutMs?: number;
  /** Where presence records are kept. Default: a new MemoryUserStore. */
  readonly store?: UserStore<TTag>;
  /** Identifies this process in presence records (for a store shared by a cluster). Default `hostname:pid`. */
  readonly serverId?: string;
}

export interface BindOptions<TTag = unknown> {
  /** A non-empty string. */
  readonly userId: string;
  /** The client or device type (e.g. `desktop`, `mobile`). Default `default`. */
  readonly deviceType?: string;
  /** When given, replaces the user's tag (application data kept with the user while online). */
  readonly tag?: TTag;
}

/** One connection of an online user. The same object is handed out for the connection's whole binding. */
export interface UserConnection {
  readonly userId: string;
  readonly connectionId: string;
  readonly connection: Connection;
  readonly deviceType: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** `Date.now()` when the binding completed. */
  readonly loginTime: number;
}

/** A snapshot of a user on this server: taken when the event fired or the query was answered. */
export interface OnlineUser<TTag = unknown> {
  readonly userId: string;
  readonly tag: TTag | undefined;
  /** The connections bound at the time of the snapshot (empty in `userDisconnected` when the user went offline). */
  readonly connections: readonly UserConnection[];
}

export type BindResult<TTag = unknown> =
  | { readonly ok: true; readonly user: OnlineUser<TTag>; readonly connection: UserConnection }
  | {
      readonly ok: false;
      /** Use it as the close reason when closing the refused connection. */
      readonly reason: DisconnectReason;
      readonly message: string;
    };

export interface DisconnectInfo {
  /** The connection that went. */
  readonly connection: UserConnection;
  /** The text that came with the reason (the CLOSE text we sent or received, or the socket error). */
  readonly message: string;
  /** `local` when this server closed the connection, `remote` when the peer or the network did. */
  readonly initiator: CloseInfo['initiator'];
  /** Whether the user still has a connection on this server (another device, or the replacing login). */
  readonly online: boolean;
}

export type UserManagerEvents<TTag = unknown> = {
  /** A connection was bound to the user (after a successful login). */
  userConnected: [user: OnlineUser<TTag>, connection: UserConnection];
  /** `timeOut()` was called for a bound connection; async handlers are awaited (bounded) before the close. */
  userTimedOut: [user: OnlineUser<TTag>, connection: UserConnection];
  /** A bound connection ended. Exactly once per bound connection. */
  userDisconnected: [user: OnlineUser<TTag>, reason: DisconnectReason, info: DisconnectInfo];
  /** The old connection was closed with `pushed-out` because the user logged in again on `by`. */
  userPushedOut: [user: OnlineUser<TTag>, connection: UserConnection, by: Connection];
  /** A login of an online user was refused under the `ignore-new` policy. */
  newConnectionIgnored: [user: OnlineUser<TTag>, connection: Connection];
  /** The number of online users on this server changed. */
  userCountChanged: [count: number, previous: number];
};
