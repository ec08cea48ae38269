// The methods an RpcPeer serves, as immutable tables that peers share. A server makes one peer per
// connection and implements the same services with the same handlers on each; built per peer, that
// was a Map plus a record per method on every connection (about 300 B each, by heap snapshot at
// 10,000 idle connections). Here it is built once and every such peer points at the same table.
//
// Tables grow by transitions, the way a JavaScript engine's hidden classes do: the empty table,
// plus (service, handlers), plus (method, handler), ... Each table remembers the tables it grew
// into, weakly keyed by what was added, so peers that implement the same things in the same order
// end at the same table, and a handlers object nobody holds any more takes its tables with it.

import { ConfigError } from '@heartwire/protocol';
import type protobuf from 'protobufjs';
import { type Handler, type MethodDefinition, methodsOf, type ServiceConstructor } from './service.js';

// biome-ignore lint/suspicious/noExplicitAny: a table is shared by peers of any state type
type AnyHandler = Handler<unknown, unknown, any>;

export interface Registered {
  readonly method: MethodDefinition;
  readonly handler: AnyHandler;
}

/** A table reached from another by implementing a service: with the handlers it was built from. */
interface ServiceTransition {
  readonly table: MethodTable;
  /** Per method of the service (methodsOf order): the handler found then, or undefined. */
  readonly handlers: readonly (AnyHandler | undefined)[];
}

export class MethodTable {
  static readonly EMPTY = new MethodTable(new Map());

  readonly #entries: ReadonlyMap<string, Registered>;
  /** The last lookup and its answer (the table never changes, so it stays right). */
  #lastPath = '';
  #lastFound: Registered | undefined;
  /** service -> handlers object -> table; method definition -> handler -> table. */
  #next: WeakMap<object, WeakMap<object, ServiceTransition | MethodTable>> | undefined;

  private constructor(entries: ReadonlyMap<string, Registered>) {
    this.#entries = entries;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(path: string): Registered | undefined {
    // A connection mostly calls one method over and over, and the decoder hands the same string
    // for the same name (envelope.ts nameOf): the last answer is tried before the Map.
    if (path === this.#lastPath) return this.#lastFound;
    const found = this.#entries.get(path);
    this.#lastPath = path;
    this.#lastFound = found;
    return found;
  }

  /**
   * This table plus every handler of `handlers` for a unary method of `service` (keyed `sayHello`
   * or `SayHello`). The handlers object is read on every call, not just the first: a later change
   * to it makes a new table rather than reusing one built from what it held before.
   */
  withService(service: protobuf.Service | ServiceConstructor, handlers: object): MethodTable {
    const methods = methodsOf(service);
    const record = handlers as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!methods.some((m) => m.key === key || m.name === key)) {
        throw new ConfigError(`handler ${key} matches no unary method of the service`);
      }
    }
    const known = this.#next?.get(service)?.get(handlers) as ServiceTransition | undefined;
    if (known && sameHandlers(methods, record, known.handlers)) return known.table;

    const found: (AnyHandler | undefined)[] = [];
    let entries: Map<string, Registered> | undefined;
    for (const method of methods) {
      const value = handlerOf(record, method);
      if (value === undefined) {
        found.push(undefined);
        continue;
      }
      if (typeof value !== 'function') throw new ConfigError(`handler ${method.key} is not a function`);
      const handler = value as AnyHandler;
      found.push(handler);
      entries ??= new Map(this.#entries);
      add(entries, method, handler);
    }
    const table = entries ? new MethodTable(entries) : this;
    this.#remember(service, handlers, { table, handlers: found });
    return table;
  }

  /** This table plus one method served by `handler`. */
  withMethod(method: MethodDefinition, handler: AnyHandler): MethodTable {
    const known = this.#next?.get(method)?.get(handler) as MethodTable | undefined;
    if (known) return known;
    const entries = new Map(this.#entries);
    add(entries, method, handler);
    const table = new MethodTable(entries);
    this.#remember(method, handler, table);
    return table;
  }

  #remember(first: object, second: object, value: ServiceTransition | MethodTable): void {
    this.#next ??= new WeakMap();
    let inner = this.#next.get(first);
    if (!inner) {
      inner = new WeakMap();
      this.#next.set(first, inner);
    }
    inner.set(second, value);
  }
}

function handlerOf(record: Record<string, unknown>, method: MethodDefinition): unknown {
  return record[method.key] ?? record[method.name];
}

function sameHandlers(
  methods: readonly MethodDefinition[],
  record: Record<string, unknown>,
  handlers: readonly (AnyHandler | undefined)[],
): boolean {
  for (let i = 0; i < methods.length; i++) {
    if (handlerOf(record, methods[i] as MethodDefinition) !== handlers[i]) return false;
  }
  return true;
}

function add(entries: Map<string, Registered>, method: MethodDefinition, handler: AnyHandler): void {
  if (entries.has(method.path)) throw new ConfigError(`${method.path} is already implemented`);
  entries.set(method.path, { method, handler });
}
