// The terminal client's logic, without the terminal: a RapidClientEngine logged in as one user, the
// commands of parseCommand run in the order they were typed, and everything to show emitted as
// lines. It owns the client's side of rooms: which rooms it is in and the current one, joining them
// again after a reconnection, and showing only the messages it missed meanwhile.

import { EventEmitter } from 'node:events';
import {
  type BackoffOptions,
  type LoginResult,
  RapidClientEngine,
  type RapidTransport,
} from '@heartwire/rapid';
import { type Command, HELP_LINES, parseCommand } from './commands.js';
import { heartwire } from './generated/chat.js';
import { checkRoomName, normalizeRoom } from './names.js';
import {
  plural,
  renderInterrupted,
  renderMembers,
  renderPresence,
  renderPrivateMessage,
  renderReconnecting,
  renderRoomMessage,
  renderSpans,
} from './render.js';

const v1 = heartwire.chat.v1;

export interface ChatClientOptions {
  readonly transport?: RapidTransport;
  readonly host?: string;
  readonly port: number;
  readonly user: string;
  readonly password?: string;
  /** Reconnection backoff. Default: first retry within 0.5 s, then doubling up to 10 s. */
  readonly reconnect?: BackoffOptions;
  /** Deadline of each command's call, reconnection included. Default 5000 ms. */
  readonly commandTimeoutMs?: number;
}

export interface ChatClientEvents {
  /** A line to show. */
  line: [text: string];
  /** The client is finished: 0 after /quit, 2 after a kick, a push-out or giving up reconnecting. */
  exit: [code: number];
}

interface JoinedRoom {
  epoch: string;
  lastSeq: number;
}

export class ChatClient extends EventEmitter<ChatClientEvents> implements AsyncDisposable {
  readonly engine: RapidClientEngine;
  readonly user: string;
  readonly #password: string;
  readonly #timeoutMs: number;
  readonly #rooms = new Map<string, JoinedRoom>();
  readonly #chat;
  #current: string | undefined;
  #queue: Promise<void> = Promise.resolve();
  #exited = false;

  constructor(options: ChatClientOptions) {
    super();
    this.user = options.user;
    this.#password = options.password ?? '';
    this.#timeoutMs = options.commandTimeoutMs ?? 5000;
    this.engine = new RapidClientEngine({
      transport: options.transport ?? 'tcp',
      host: options.host ?? '127.0.0.1',
      port: options.port,
      reconnect: options.reconnect ?? { initialDelayMs: 500, maxDelayMs: 10_000 },
    });
    this.#chat = this.engine.service(v1.Chat);
    this.engine.onMessage(v1.ChatMessage, (message, { from }) => {
      if (from !== undefined) return this.#print(renderPrivateMessage(from, message.text));
      this.#seen(message);
      this.#print(renderRoomMessage(message));
    });
    this.engine.onMessage(v1.Presence, (presence) => this.#print(renderPresence(presence)));
    this.engine.on('connectionInterrupted', (info) =>
      this.#print(renderInterrupted(info.reason, info.message)),
    );
    this.engine.on('serverTimedOut', () =>
      this.#print(`* the server has been silent for ${this.engine.settings?.timeoutSpanInSecs} s`),
    );
    this.engine.on('reconnecting', (attempt, delayMs) => this.#print(renderReconnecting(attempt, delayMs)));
    this.engine.on('relogonCompleted', () => {
      this.#print(`* back online as ${this.user}`);
      void this.#rejoinAll();
    });
    this.engine.on('kickedOut', (message) => this.#print(`* kicked out by the server: ${message}`));
    this.engine.on('pushedOut', (message) =>
      this.#print(`* logged in elsewhere, this session ends: ${message}`),
    );
    this.engine.on('reconnectFailed', (reason, error) =>
      this.#print(`* gave up reconnecting: ${reason} (${error.message})`),
    );
    this.engine.on('closed', (reason) => {
      if (reason !== 'closed' && reason !== 'logged-out') this.#exit(2);
    });
  }

  /** The room plain text goes to. */
  get currentRoom(): string | undefined {
    return this.#current;
  }

  /** The rooms this client is in. */
  get rooms(): string[] {
    return [...this.#rooms.keys()];
  }

  /** Connects and logs in; rejects (LoginRefusedError, or a transport error) when it cannot. */
  start(): Promise<LoginResult> {
    const started = this.#login();
    // Commands handed in meanwhile run after the login (and after its line is shown).
    this.#queue = started.then(
      () => {},
      () => {},
    );
    return started;
  }

  async #login(): Promise<LoginResult> {
    const result = await this.engine.login({ userId: this.user, password: this.#password });
    const connection = this.engine.connection;
    const where = `${this.engine.transport} ${connection?.remoteAddress}:${connection?.remotePort}`;
    const spans = renderSpans(result.heartBeatSpanInSecs, result.timeoutSpanInSecs);
    this.#print(`* logged in as ${this.user} on ${where} (${spans}); /help lists the commands`);
    return result;
  }

  /** Runs one typed line, after every line typed before it has finished. */
  handle(line: string): Promise<void> {
    const run = this.#queue.then(() => this.#run(parseCommand(line)));
    this.#queue = run.catch(() => {});
    return run;
  }

  /** Logs out and ends: the 'exit' event fires with 0. Idempotent. */
  async quit(): Promise<void> {
    if (this.#exited) return;
    if (this.engine.state === 'online') this.#print('* logging out');
    await this.engine.logout().catch(() => {});
    this.#exit(0);
  }

  async close(): Promise<void> {
    await this.engine.close();
    this.#exited = true;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #run(command: Command): Promise<void> {
    if (this.#exited) return;
    try {
      await this.#execute(command);
    } catch (error) {
      this.#print(`! ${(error as Error).message}`);
    }
  }

  async #execute(command: Command): Promise<void> {
    const options = { timeoutMs: this.#timeoutMs };
    switch (command.kind) {
      case 'empty':
        return;
      case 'invalid':
        return this.#print(`! ${command.message}`);
      case 'help':
        for (const line of HELP_LINES) this.#print(line);
        return;
      case 'quit':
        return this.quit();
      case 'say': {
        const room = this.#current;
        if (!room) return this.#print('! you are in no room: /join <room> first');
        const message = await this.#chat.say({ room, text: command.text }, options);
        this.#seen(message);
        return;
      }
      case 'join': {
        const room = normalizeRoom(command.room);
        const problem = checkRoomName(room);
        if (problem) return this.#print(`! ${problem}`);
        const reply = await this.#chat.join({ room, rejoin: false }, options);
        const known = this.#rooms.get(reply.room);
        this.#current = reply.room;
        this.#print(`* you are in #${reply.room}: ${renderMembers(reply.members)}`);
        this.#showHistory(reply, known);
        return;
      }
      case 'leave': {
        const room = command.room === undefined ? this.#current : normalizeRoom(command.room);
        if (!room) return this.#print('! you are in no room');
        await this.#chat.leave({ room }, options);
        this.#rooms.delete(room);
        if (this.#current === room) this.#current = this.#rooms.keys().next().value;
        this.#print(`* you left #${room}${this.#current ? `; now in #${this.#current}` : ''}`);
        return;
      }
      case 'rooms': {
        const { rooms } = await this.#chat.listRooms({}, options);
        if (rooms.length === 0) return this.#print('* no rooms yet: /join <room> creates one');
        this.#print(
          `* rooms: ${rooms.map((r) => `#${r.name} (${plural(r.members ?? 0, 'member')}, ${r.online ?? 0} online)`).join(', ')}`,
        );
        return;
      }
      case 'who': {
        const room = command.room === undefined ? this.#current : command.room;
        if (room === undefined || room === '*') {
          const reply = await this.#chat.who({ room: '' }, options);
          this.#print(`* online: ${renderMembers(reply.members)}`);
          return;
        }
        const reply = await this.#chat.who({ room: normalizeRoom(room) }, options);
        this.#print(`* in #${reply.room}: ${renderMembers(reply.members)}`);
        return;
      }
      case 'msg':
        await this.engine.sendToUser(
          command.user,
          v1.ChatMessage,
          { from: this.user, text: command.text, atMs: Date.now() },
          options,
        );
        return;
      case 'kick':
        await this.#chat.kick({ user: command.user, reason: command.reason }, options);
        this.#print(`* you kicked ${command.user} out`);
        return;
    }
  }

  /** After a reconnection: back into every room, showing only what was said meanwhile. */
  async #rejoinAll(): Promise<void> {
    for (const [room, known] of this.#rooms) {
      try {
        const reply = await this.#chat.join({ room, rejoin: true }, { timeoutMs: this.#timeoutMs });
        this.#print(`* rejoined #${room}: ${renderMembers(reply.members)}`);
        this.#showHistory(reply, known);
      } catch (error) {
        this.#print(`! could not rejoin #${room}: ${(error as Error).message}`);
      }
    }
  }

  #showHistory(reply: heartwire.chat.v1.JoinReply, known: JoinedRoom | undefined): void {
    const missed =
      known && known.epoch === reply.epoch
        ? reply.history.filter((m) => (m.seq ?? 0) > known.lastSeq)
        : reply.history;
    if (missed.length > 0) {
      this.#print(`* ${known ? 'missed' : 'recent'} in #${reply.room}: ${plural(missed.length, 'message')}`);
      for (const message of missed) this.#print(`  ${renderRoomMessage(message)}`);
    }
    const last = reply.history.at(-1);
    this.#rooms.set(reply.room, { epoch: reply.epoch, lastSeq: last?.seq ?? 0 });
  }

  #seen(message: heartwire.chat.v1.IChatMessage): void {
    const room = this.#rooms.get(message.room ?? '');
    if (room && message.epoch === room.epoch && (message.seq ?? 0) > room.lastSeq)
      room.lastSeq = message.seq ?? 0;
  }

  #print(text: string): void {
    this.emit('line', text);
  }

  #exit(code: number): void {
    if (this.#exited) return;
    this.#exited = true;
    this.emit('exit', code);
  }
}
