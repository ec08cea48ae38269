// The chat server program: `node dist/server-main.js --port 4530 [--udp] [--password pw] [--admin name]`.
// Prints one line per event on stdout; stops gracefully on SIGINT or SIGTERM (every client gets
// CLOSE `server-shutdown` and reconnects to the next server on the port), and when started with an
// IPC channel, also when its parent goes away.

import { parseServerArgs, SERVER_USAGE, UsageError } from './args.js';
import { ChatServer } from './chat-server.js';
import { renderSpans } from './render.js';

let args: ReturnType<typeof parseServerArgs>;
try {
  args = parseServerArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${SERVER_USAGE}`);
  process.exit(64);
}
if (args.help) {
  console.log(SERVER_USAGE);
  process.exit(0);
}

const server = new ChatServer({
  transport: args.transport,
  host: args.host,
  port: args.port,
  admins: args.admins,
  heartBeatSpanInSecs: args.heartBeatSpanInSecs,
  timeoutSpanInSecs: args.timeoutSpanInSecs,
  historySize: args.historySize,
  ...(args.password === undefined ? {} : { password: args.password }),
});
server.on('log', (line) => console.log(line));

try {
  await server.start();
} catch (error) {
  console.error(`cannot listen on ${args.transport} ${args.host}:${args.port}: ${(error as Error).message}`);
  process.exit(1);
}
const rules = [
  renderSpans(args.heartBeatSpanInSecs, args.timeoutSpanInSecs),
  args.password === undefined ? 'no password' : 'password required',
  ...(args.admins.length > 0 ? [`admins: ${args.admins.join(', ')}`] : []),
];
console.log(`chat server listening on ${server.transport} ${args.host}:${server.port} (${rules.join('; ')})`);

let stopping = false;
async function shutdown(why: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`stopping (${why})`);
  const forced = setTimeout(() => process.exit(1), 10_000);
  await server.stop();
  clearTimeout(forced);
  console.log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
if (process.send) process.on('disconnect', () => void shutdown('parent gone'));
