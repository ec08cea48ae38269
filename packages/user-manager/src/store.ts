// The storage boundary of presence: serializable records only, behind an async interface, so a
// store shared by several servers (e.g. Redis) can replace the in-memory default. Live Connection
// objects never enter a store; they stay in the process that holds the socket.

/** One connection of a user, as stored. Every field is plain data. */
export interface PresenceEntry {
  readonly connectionId: string;
  /** The server process holding the connection (UserManagerOptions.serverId). */
  readonly serverId: string;
  readonly deviceType: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly loginTime: number;
}

export interface PresenceRecord<TTag = unknown> {
  readonly userId: string;
  readonly tag: TTag | undefined;
  readonly connections: readonly PresenceEntry[];
}

/**
 * Presence storage. Operations are per connection entry so that a shared store can make each one
 * atomic (e.g. one Redis hash per user, one field per connection) without a read-modify-write of a
 * whole record across servers. The UserManager serializes its own calls per user id.
 */
export interface UserStore<TTag = unknown> {
  /** The user's record with all its entries (of every server), or undefined when offline everywhere. */
  get(userId: string): Promise<PresenceRecord<TTag> | undefined>;
  /** Adds the entry, or replaces the one with the same connectionId; creates the record if needed. */
  addConnection(userId: string, entry: PresenceEntry): Promise<void>;
  /** Removes one entry; the record (and its tag) goes with its last entry. Unknown ids are ignored. */
  removeConnection(userId: string, connectionId: string): Promise<void>;
  /** Sets the tag of an existing record; ignored when the user has no record. */
  setTag(userId: string, tag: TTag | undefined): Promise<void>;
  /** Every record, in no particular order. */
  list(): AsyncIterable<PresenceRecord<TTag>>;
  /** The number of users with at least one entry. */
  count(): Promise<number>;
}
