// Compile-time checks of stubs and handlers made from generated code (checked by tsc through
// tsconfig.json, never run): each `@ts-expect-error` line must fail to compile, or tsc fails.
import type { Connection } from '@heartwire/protocol';
import { RpcPeer } from '../src/index.js';
import { demo } from './generated/greeter.js';

declare const connection: Connection;
const peer = new RpcPeer<{ user?: string }>(connection);
const greeter = peer.client(demo.v1.Greeter);

export async function wellTyped(): Promise<string> {
  const reply: demo.v1.HelloReply = await greeter.sayHello({ name: 'ada', delayMs: 5 }, { timeoutMs: 100 });
  const echo: demo.v1.Echo = await greeter.echo({ data: new Uint8Array(1) });
  return `${reply.message} ${echo.data.byteLength}`;
}

export async function wrongRequests(): Promise<void> {
  // @ts-expect-error name is a string, not a number
  await greeter.sayHello({ name: 42 });
  // @ts-expect-error Echo's data is bytes, not a string
  await greeter.echo({ data: 'text' });
  // @ts-expect-error no such method on the service
  await greeter.sayGoodbye({});
  // @ts-expect-error the response is a HelloReply, not an Echo
  const wrong: demo.v1.Echo = await greeter.sayHello({ name: 'x' });
  void wrong;
  // @ts-expect-error call options are checked too
  await greeter.sayHello({ name: 'x' }, { timeoutMs: '100' });
}

export function wrongHandlers(): void {
  peer.implement(demo.v1.Greeter, {
    sayHello: (request, ctx) => ({ message: `${request.name} ${ctx.state.user}` }),
    echo: (request) => request,
  });
  // @ts-expect-error every method must be implemented
  peer.implement(demo.v1.Greeter, { sayHello: () => ({}) });
  // @ts-expect-error the response's `message` is a string
  peer.implement(demo.v1.Greeter, {
    sayHello: () => ({ message: 5 }),
    echo: (request) => request,
  });
  peer.implement(demo.v1.Greeter, {
    sayHello: (request) => {
      // @ts-expect-error the request has no field `nmae`
      return { message: request.nmae };
    },
    echo: (request) => request,
  });
}

export function wrongMessages(): void {
  peer.send(demo.v1.ChatPush, { from: 'a', text: 'b' });
  // @ts-expect-error `text` is a string
  peer.send(demo.v1.ChatPush, { text: 1 });
  // @ts-expect-error notify checks the method name
  void peer.notify(demo.v1.Greeter, 'sayGoodbye', {});
  // @ts-expect-error notify checks the request type
  void peer.notify(demo.v1.Greeter, 'sayHello', { name: 1 });
}
