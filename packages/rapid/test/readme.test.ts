// The README's examples, run as written (but on port 0), so the documentation cannot rot.

import { RapidClientEngine, RapidServerEngine } from '@heartwire/rapid';
import protobuf from 'protobufjs';
import { afterEach, expect, it } from 'vitest';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

it('runs the README quick start and the services example', async () => {
  const log: unknown[][] = [];
  const console = { log: (...args: unknown[]) => log.push(args) };

  const server = new RapidServerEngine({ transport: 'tcp', port: 0 });
  cleanups.push(() => server.stop());
  server.heartBeatSpanInSecs = 10; // clients send a heartbeat after 10 s without traffic
  server.timeoutSpanInSecs = 30; // a client silent for 30 s is timed out and closed
  server.verifyLogin = async ({ password }) => password === 'secret';
  server.userManager.on('userTimedOut', (user) => console.log(user.userId, 'timed out'));
  await server.start();

  const client = new RapidClientEngine({ transport: 'tcp', host: '127.0.0.1', port: server.port });
  cleanups.push(() => client.close());
  client.on('connectionInterrupted', () => console.log('lost the server, reconnecting'));
  await client.login({ userId: 'alice', password: 'secret' });

  const root = protobuf.parse(`
    syntax = "proto3";
    package demo;
    service Greeter { rpc Hello (Name) returns (Greeting); }
    message Name { string name = 1; }
    message Greeting { string text = 1; }
    message Chat { string body = 1; }
  `).root;
  const Greeter = root.lookupService('demo.Greeter');
  const Chat = root.lookupType('demo.Chat');

  server.addService(Greeter, {
    hello: (req, ctx) => ({ text: `hello ${req.name}, you are ${ctx.state.user?.userId}` }),
  });
  const chats = new Promise<unknown[]>((resolve) =>
    client.onMessage(Chat, (chat, { from, group }) => resolve([from ?? 'server', group, chat.body])),
  );
  server.groups.join('lobby', 'alice');
  server.sendToGroup('lobby', Chat, { body: 'welcome' });

  const greeter = client.service(Greeter);
  const reply = await greeter.hello!({ name: 'Alice' }, { timeoutMs: 2000 });
  expect(reply.toJSON()).toEqual({ text: 'hello Alice, you are alice' });
  expect(await chats).toEqual(['server', undefined, 'welcome']);
  expect(log).toEqual([]);
});
