// The in-memory history of the rooms: the last `limit` messages of each room, numbered per room so a
// client that joins again after a reconnection can tell which ones it has already shown.

import type { heartwire } from './generated/chat.js';

type ChatMessage = heartwire.chat.v1.IChatMessage;

export const DEFAULT_HISTORY_SIZE = 100;

export class RoomHistory {
  readonly limit: number;
  /** Identifies this history (this server run): sequence numbers restart with a new one. */
  readonly epoch: string;
  readonly #rooms = new Map<string, { seq: number; messages: ChatMessage[] }>();

  constructor(limit = DEFAULT_HISTORY_SIZE, epoch = Date.now().toString(36)) {
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`history limit must be >= 0, got ${limit}`);
    this.limit = limit;
    this.epoch = epoch;
  }

  /** Stamps the message with the room's next sequence number and this epoch, keeps it, and returns it. */
  add(room: string, from: string, text: string, atMs = Date.now()): ChatMessage {
    let entry = this.#rooms.get(room);
    if (!entry) {
      entry = { seq: 0, messages: [] };
      this.#rooms.set(room, entry);
    }
    entry.seq++;
    const message: ChatMessage = { room, from, text, atMs, seq: entry.seq, epoch: this.epoch };
    entry.messages.push(message);
    // Shift one at a time: the array never holds more than limit + 1 entries.
    if (entry.messages.length > this.limit) entry.messages.shift();
    return message;
  }

  /** The room's kept messages, oldest first. */
  recent(room: string): ChatMessage[] {
    return [...(this.#rooms.get(room)?.messages ?? [])];
  }

  /** Forgets a room (when its last member left). */
  drop(room: string): void {
    this.#rooms.delete(room);
  }
}
