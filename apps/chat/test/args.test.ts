import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseClientArgs, parseServerArgs, UsageError } from '../src/args.js';

describe('server options', () => {
  it('has defaults', () => {
    expect(parseServerArgs([])).toEqual({
      help: false,
      transport: 'tcp',
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      password: undefined,
      admins: [],
      heartBeatSpanInSecs: 10,
      timeoutSpanInSecs: 30,
      historySize: 100,
    });
  });

  it('reads every option', () => {
    const args = parseServerArgs([
      '--port=0',
      '--udp',
      '--host',
      '0.0.0.0',
      '--password',
      'pw',
      '--admin',
      'alice',
      '--admin',
      'bob',
      '--heartbeat',
      '0.5',
      '--timeout',
      '1.5',
      '--history',
      '10',
    ]);
    expect(args).toMatchObject({
      transport: 'udp',
      host: '0.0.0.0',
      port: 0,
      password: 'pw',
      admins: ['alice', 'bob'],
      heartBeatSpanInSecs: 0.5,
      timeoutSpanInSecs: 1.5,
      historySize: 10,
    });
  });

  it('refuses bad values with a usage error', () => {
    for (const argv of [
      ['--port', 'x'],
      ['--port', '70000'],
      ['--port', '-1'],
      ['--heartbeat', '0'],
      ['--timeout', 'soon'],
      ['--heartbeat', '5', '--timeout', '5'],
      ['--admin', 'bad name'],
      ['--history', '1.5'],
      ['--nope'],
      ['stray'],
    ]) {
      expect(() => parseServerArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});

describe('client options', () => {
  it('needs a valid user and reads the rest', () => {
    expect(parseClientArgs(['--user', 'alice'])).toEqual({
      help: false,
      transport: 'tcp',
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      user: 'alice',
      password: '',
      room: undefined,
    });
    expect(
      parseClientArgs(['-u', 'bob', '--udp', '--port', '1', '--room', 'lobby', '--password', 'x']),
    ).toMatchObject({
      transport: 'udp',
      port: 1,
      user: 'bob',
      room: 'lobby',
      password: 'x',
    });
    expect(parseClientArgs(['--help']).help).toBe(true);
    expect(() => parseClientArgs([])).toThrow('--user <name> is required');
    expect(() => parseClientArgs(['--user', '-x'])).toThrow(UsageError);
    expect(() => parseClientArgs(['--user', 'a', '--port', '0'])).toThrow(UsageError);
  });
});
