// Interceptors: functions wrapped around every outbound call (client side) and every inbound call,
// notification and typed message (server side), for auth, logging and metrics. Each gets the call
// and a `next` to continue the chain; throwing an RpcError (e.g. UNAUTHENTICATED) stops it there.

import type { CallContext } from './context.js';
import type { CallOptions } from './service.js';

export interface OutboundCall {
  /** `package.Service/Method`. */
  readonly method: string;
  readonly request: unknown;
  readonly options: CallOptions;
  /** `call` when an answer is expected, `notify` for a one-way call. */
  readonly kind: 'call' | 'notify';
}

export type ClientInterceptor = (
  call: OutboundCall,
  next: (call: OutboundCall) => Promise<unknown>,
) => Promise<unknown>;

export type ServerInterceptor<State extends object = Record<string, unknown>> = (
  ctx: CallContext<State>,
  next: () => Promise<unknown>,
) => Promise<unknown>;

/** Runs `call` through the client interceptors, outermost first, ending in `invoke`. */
export function runClientChain(
  interceptors: readonly ClientInterceptor[],
  call: OutboundCall,
  invoke: (call: OutboundCall) => Promise<unknown>,
): Promise<unknown> {
  const step = (index: number, current: OutboundCall): Promise<unknown> => {
    const interceptor = interceptors[index];
    if (!interceptor) return invoke(current);
    try {
      return interceptor(current, (next) => step(index + 1, next));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return step(0, call);
}

/** Runs the handler through the server interceptors, outermost first. */
export function runServerChain<State extends object>(
  interceptors: readonly ServerInterceptor<State>[],
  ctx: CallContext<State>,
  handler: () => unknown,
): Promise<unknown> {
  const step = (index: number): Promise<unknown> => {
    const interceptor = interceptors[index];
    try {
      if (!interceptor) return Promise.resolve(handler());
      return interceptor(ctx, () => step(index + 1));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return step(0);
}
