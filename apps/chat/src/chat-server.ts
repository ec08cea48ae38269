// The chat server: the Chat service on a RapidServerEngine. It owns the chat's rules — who may log
// in, rooms (membership kept while a member is offline, so a member who reconnects is still in its
// rooms), the last messages of each room, presence announcements with their reason, and the admin's
// kick. Private messages need nothing here: the Rapid engine relays them from user to user.

import { EventEmitter } from 'node:events';
import { type LoginVerdict, RapidServerEngine, type RapidTransport } from '@heartwire/rapid';
import { RpcError, RpcStatus } from '@heartwire/rpc';
import { heartwire } from './generated/chat.js';
import { DEFAULT_HISTORY_SIZE, RoomHistory } from './history.js';
import { checkRoomName, checkUserName, MAX_TEXT_LENGTH, normalizeRoom } from './names.js';

const v1 = heartwire.chat.v1;
const Kind = v1.Presence.Kind;

export interface ChatServerOptions {
  /** `tcp` (default) or `udp`. */
  readonly transport?: RapidTransport;
  /** Default `127.0.0.1`; `0.0.0.0` accepts other machines. */
  readonly host?: string;
  /** Default 0: a free port (read `server.port` after start()). */
  readonly port?: number;
  /** The shared password every user must give. Default: none, any password is accepted. */
  readonly password?: string;
  /** Users allowed to /kick. */
  readonly admins?: readonly string[];
  /** N (default 10). */
  readonly heartBeatSpanInSecs?: number;
  /** M (default 30). */
  readonly timeoutSpanInSecs?: number;
  /** Messages kept per room and sent on join. Default 100. */
  readonly historySize?: number;
}

export interface ChatServerEvents {
  /** A line for the server's log: logins, rooms, time-outs, kicks. */
  log: [line: string];
}

export class ChatServer extends EventEmitter<ChatServerEvents> implements AsyncDisposable {
  readonly engine: RapidServerEngine;
  readonly history: RoomHistory;
  readonly #password: string | undefined;
  readonly #admins: ReadonlySet<string>;
  #stopping = false;

  constructor(options: ChatServerOptions = {}) {
    super();
    this.#password = options.password;
    this.#admins = new Set(options.admins ?? []);
    this.history = new RoomHistory(options.historySize ?? DEFAULT_HISTORY_SIZE);
    this.engine = new RapidServerEngine({
      transport: options.transport ?? 'tcp',
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      ...(options.heartBeatSpanInSecs === undefined
        ? {}
        : { heartBeatSpanInSecs: options.heartBeatSpanInSecs }),
      ...(options.timeoutSpanInSecs === undefined ? {} : { timeoutSpanInSecs: options.timeoutSpanInSecs }),
    });
    this.engine.verifyLogin = ({ userId, password }) => this.#verify(userId, password);
    this.engine.on('loginRefused', (attempt, reason, message) =>
      this.#log(`login of ${attempt.userId} refused: ${reason} (${message})`),
    );
    const users = this.engine.userManager;
    users.on('userConnected', (user, connection) => {
      this.#log(`${user.userId} logged in from ${connection.remoteAddress}:${connection.remotePort}`);
      if (user.connections.length === 1) this.#announceEverywhere(user.userId, { kind: Kind.ONLINE });
    });
    // A time-out is announced when the server decides it, not when the close completes: a close
    // towards a dead peer may wait for a FIN that never comes (the transport's close timeout).
    users.on('userTimedOut', (user, connection) => {
      const message = `nothing received for ${this.engine.timeoutSpanInSecs} s`;
      this.#log(`${user.userId} timed out: ${message}`);
      const others = user.connections.filter((c) => c.connectionId !== connection.connectionId);
      if (others.length === 0 && !this.#stopping) this.#wentAway(user.userId, 'heartbeat-timeout', message);
    });
    users.on('userDisconnected', (user, reason, info) => {
      this.#log(`${user.userId} disconnected: ${reason}${info.message ? ` (${info.message})` : ''}`);
      if (reason === 'heartbeat-timeout') return;
      if (!info.online && !this.#stopping) this.#wentAway(user.userId, reason, info.message);
    });
    this.engine.addService(v1.Chat, {
      join: (request, ctx) => this.#join(ctx.state.user!.userId, request.room ?? '', request.rejoin === true),
      leave: (request, ctx) => {
        this.#leave(ctx.state.user!.userId, request.room ?? '');
        return {};
      },
      listRooms: () => ({ rooms: this.#rooms() }),
      who: (request) => this.#who(request.room ?? ''),
      say: (request, ctx) => this.#say(ctx.state.user!.userId, request.room ?? '', request.text ?? ''),
      kick: async (request, ctx) => {
        await this.#kick(ctx.state.user!.userId, request.user ?? '', request.reason ?? '');
        return {};
      },
    });
  }

  get port(): number {
    return this.engine.port;
  }

  get transport(): RapidTransport {
    return this.engine.transport;
  }

  async start(): Promise<void> {
    await this.engine.start();
  }

  /** Graceful: every client gets CLOSE `server-shutdown` (and reconnects to the next server). Idempotent. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.engine.stop();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  #verify(userId: string, password: string): LoginVerdict {
    const badName = checkUserName(userId);
    if (badName) return { ok: false, message: badName };
    if (this.#password !== undefined && password !== this.#password) {
      return { ok: false, message: 'wrong password' };
    }
    return true;
  }

  #join(user: string, rawRoom: string, rejoin: boolean): heartwire.chat.v1.IJoinReply {
    const room = roomOrThrow(rawRoom);
    if (this.engine.groups.join(room, user)) {
      this.#log(`${user} ${rejoin ? 'is back in' : 'joined'} #${room}`);
      this.#announce(room, user, { kind: Kind.JOINED, rejoin });
    }
    return {
      room,
      history: this.history.recent(room),
      members: this.#members(room),
      epoch: this.history.epoch,
    };
  }

  #leave(user: string, rawRoom: string): void {
    const room = roomOrThrow(rawRoom);
    if (!this.engine.groups.isMember(room, user)) {
      throw new RpcError(RpcStatus.INVALID_ARGUMENT, `you are not in #${room}`);
    }
    this.#removeFromRoom(room, user, '', '');
  }

  #removeFromRoom(room: string, user: string, reason: string, message: string): void {
    this.engine.groups.leave(room, user);
    this.#log(`${user} left #${room}${reason ? ` (${reason})` : ''}`);
    if (this.engine.groups.members(room).length === 0) this.history.drop(room);
    else this.#announce(room, user, { kind: Kind.LEFT, reason, message });
  }

  #rooms(): heartwire.chat.v1.IRoomInfo[] {
    return this.engine.groups
      .list()
      .sort()
      .map((name) => {
        const members = this.engine.groups.members(name);
        const online = members.filter((m) => this.engine.userManager.isOnline(m)).length;
        return { name, members: members.length, online };
      });
  }

  #who(rawRoom: string): heartwire.chat.v1.IWhoReply {
    if (rawRoom === '' || rawRoom === '*') {
      const online = this.engine.userManager.getOnlineUsers().map((u) => u.userId);
      return { room: '', members: online.sort().map((user) => ({ user, online: true })) };
    }
    const room = roomOrThrow(rawRoom);
    return { room, members: this.#members(room) };
  }

  #members(room: string): heartwire.chat.v1.IMember[] {
    return this.engine.groups
      .members(room)
      .sort()
      .map((user) => ({ user, online: this.engine.userManager.isOnline(user) }));
  }

  #say(user: string, rawRoom: string, text: string): heartwire.chat.v1.IChatMessage {
    const room = roomOrThrow(rawRoom);
    if (!this.engine.groups.isMember(room, user)) {
      throw new RpcError(RpcStatus.PERMISSION_DENIED, `you are not in #${room}: /join ${room} first`);
    }
    const trimmed = text.trim();
    if (trimmed === '') throw new RpcError(RpcStatus.INVALID_ARGUMENT, 'empty message');
    if (trimmed.length > MAX_TEXT_LENGTH) {
      throw new RpcError(RpcStatus.INVALID_ARGUMENT, `message longer than ${MAX_TEXT_LENGTH} characters`);
    }
    const message = this.history.add(room, user, trimmed);
    this.engine.sendToGroup(room, v1.ChatMessage, message, user);
    return message;
  }

  async #kick(admin: string, target: string, reason: string): Promise<void> {
    if (!this.#admins.has(admin)) throw new RpcError(RpcStatus.PERMISSION_DENIED, 'only admins may kick');
    const text = `kicked by ${admin}${reason ? `: ${reason}` : ''}`;
    this.#log(`${admin} kicks ${target}${reason ? `: ${reason}` : ''}`);
    if (!(await this.engine.kickOut(target, text))) {
      throw new RpcError(RpcStatus.INVALID_ARGUMENT, `${target} is not online`);
    }
  }

  /** A user's last connection ended: leaving for good (logout, kick) or offline for now (time-out, network). */
  #wentAway(user: string, reason: string, message: string): void {
    const leaves = reason === 'logged-out' || reason === 'kicked-out';
    for (const room of this.engine.groups.groupsOf(user)) {
      if (leaves) this.#removeFromRoom(room, user, reason, message);
      else this.#announce(room, user, { kind: Kind.OFFLINE, reason, message });
    }
  }

  #announceEverywhere(user: string, presence: heartwire.chat.v1.IPresence): void {
    for (const room of this.engine.groups.groupsOf(user)) this.#announce(room, user, presence);
  }

  #announce(room: string, user: string, presence: heartwire.chat.v1.IPresence): void {
    this.engine.sendToGroup(room, v1.Presence, { ...presence, room, user, atMs: Date.now() }, user);
  }

  #log(line: string): void {
    this.emit('log', line);
  }
}

function roomOrThrow(raw: string): string {
  const room = normalizeRoom(raw);
  const problem = checkRoomName(room);
  if (problem) throw new RpcError(RpcStatus.INVALID_ARGUMENT, problem);
  return room;
}
