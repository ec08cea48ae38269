import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/commands.js';

describe('parseCommand', () => {
  it('reads plain text as a message to the current room, keeping its spacing', () => {
    expect(parseCommand('hello  there ')).toEqual({ kind: 'say', text: 'hello  there' });
    expect(parseCommand('//not a command')).toEqual({ kind: 'say', text: '/not a command' });
    expect(parseCommand('   ')).toEqual({ kind: 'empty' });
  });

  it('reads every command, with aliases and any case', () => {
    expect(parseCommand('/join lobby')).toEqual({ kind: 'join', room: 'lobby' });
    expect(parseCommand('/J #Lobby')).toEqual({ kind: 'join', room: '#Lobby' });
    expect(parseCommand('/leave')).toEqual({ kind: 'leave', room: undefined });
    expect(parseCommand('/leave games')).toEqual({ kind: 'leave', room: 'games' });
    expect(parseCommand('/rooms')).toEqual({ kind: 'rooms' });
    expect(parseCommand('/who')).toEqual({ kind: 'who', room: undefined });
    expect(parseCommand('/who *')).toEqual({ kind: 'who', room: '*' });
    expect(parseCommand('/help')).toEqual({ kind: 'help' });
    expect(parseCommand('/?')).toEqual({ kind: 'help' });
    expect(parseCommand('/QUIT')).toEqual({ kind: 'quit' });
    expect(parseCommand('/exit')).toEqual({ kind: 'quit' });
  });

  it('keeps the text of /msg and /kick as typed', () => {
    expect(parseCommand('/msg bob  see you   at 5')).toEqual({
      kind: 'msg',
      user: 'bob',
      text: 'see you   at 5',
    });
    expect(parseCommand('/m bob hi')).toEqual({ kind: 'msg', user: 'bob', text: 'hi' });
    expect(parseCommand('/kick carol too loud')).toEqual({ kind: 'kick', user: 'carol', reason: 'too loud' });
    expect(parseCommand('/kick carol')).toEqual({ kind: 'kick', user: 'carol', reason: '' });
  });

  it('explains wrong usage instead of guessing', () => {
    expect(parseCommand('/join')).toMatchObject({ kind: 'invalid', message: 'usage: /join <room>' });
    expect(parseCommand('/join a b')).toMatchObject({ kind: 'invalid' });
    expect(parseCommand('/msg bob')).toMatchObject({ kind: 'invalid', message: 'usage: /msg <user> <text>' });
    expect(parseCommand('/kick')).toMatchObject({ kind: 'invalid' });
    expect(parseCommand('/rooms x')).toMatchObject({ kind: 'invalid' });
    expect(parseCommand('/dance')).toMatchObject({
      kind: 'invalid',
      message: 'unknown command /dance: try /help',
    });
  });
});
