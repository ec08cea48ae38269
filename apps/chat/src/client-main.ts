// The terminal chat client: `node dist/client-main.js --port 4530 --user alice [--udp]`. Reads
// lines from stdin (a terminal, or a pipe for scripts and tests) and prints to stdout. Exit codes:
// 0 after /quit or the end of stdin, 1 when it cannot log in, 2 when kicked, pushed out or the
// reconnection gave up, 64 on bad options.

import { clearLine, createInterface, cursorTo } from 'node:readline';
import { CLIENT_USAGE, parseClientArgs, UsageError } from './args.js';
import { ChatClient } from './chat-client.js';

let args: ReturnType<typeof parseClientArgs>;
try {
  args = parseClientArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${CLIENT_USAGE}`);
  process.exit(64);
}
if (args.help) {
  console.log(CLIENT_USAGE);
  process.exit(0);
}

const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const client = new ChatClient({
  transport: args.transport,
  host: args.host,
  port: args.port,
  user: args.user,
  password: args.password,
});
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
rl.setPrompt(`${args.user}> `);

// Interactive: print above the line being typed, then show the prompt and the typed text again.
client.on('line', (text) => {
  if (!interactive) {
    process.stdout.write(`${text}\n`);
    return;
  }
  clearLine(process.stdout, 0);
  cursorTo(process.stdout, 0);
  process.stdout.write(`${text}\n`);
  rl.prompt(true);
});
// Ctrl-Z: readline would stop this process alone, which leaves a wrapper (`pnpm chat:client`)
// waiting and the shell without its prompt; stopping the whole process group hands the terminal back
// to the shell, and `fg` resumes the group. Frozen, the client sends no heartbeat: the server times it out.
rl.on('SIGTSTP', () => {
  process.once('SIGCONT', () => rl.prompt(true));
  process.kill(0, 'SIGTSTP');
});
client.on('exit', (code) => {
  rl.close();
  process.exit(code);
});

// Lines typed while the login is under way wait for it (the client runs commands in order).
const login = client.start();
if (args.room !== undefined) void client.handle(`/join ${args.room}`);
rl.on('line', (line) => void client.handle(line));
rl.on('close', () => void client.handle('/quit'));
try {
  await login;
} catch (error) {
  const where = `${args.transport} ${args.host}:${args.port}`;
  console.error(`! cannot log in as ${args.user} on ${where}: ${(error as Error).message}`);
  process.exit(1);
}
if (interactive) rl.prompt();
