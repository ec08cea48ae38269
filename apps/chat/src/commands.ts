// What a line typed in the terminal client means: a slash command or text for the current room.
// Pure parsing; the client decides what to do with each command.

export type Command =
  | { readonly kind: 'say'; readonly text: string }
  | { readonly kind: 'join'; readonly room: string }
  | { readonly kind: 'leave'; readonly room: string | undefined }
  | { readonly kind: 'rooms' }
  | { readonly kind: 'who'; readonly room: string | undefined }
  | { readonly kind: 'msg'; readonly user: string; readonly text: string }
  | { readonly kind: 'kick'; readonly user: string; readonly reason: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly message: string };

export const HELP_LINES: readonly string[] = [
  'commands:',
  '  /join <room>          join a room (created if new) and make it the current room',
  '  /leave [room]         leave a room (default: the current one)',
  '  /rooms                list the rooms',
  '  /who [room]           who is in a room (default: the current one); /who * for everyone online',
  '  /msg <user> <text>    a private message, relayed through the server',
  '  /kick <user> [reason] (admins) disconnect a user',
  '  /help                 this list',
  '  /quit                 log out and exit',
  '  anything else         is said in the current room ("//text" says "/text")',
];

const ALIASES: Record<string, string> = {
  j: 'join',
  part: 'leave',
  w: 'who',
  m: 'msg',
  q: 'quit',
  exit: 'quit',
  '?': 'help',
};

export function parseCommand(input: string): Command {
  const line = input.trim();
  if (line === '') return { kind: 'empty' };
  if (line.startsWith('//')) return { kind: 'say', text: line.slice(1) };
  if (!line.startsWith('/')) return { kind: 'say', text: line };
  const [head = '', ...rest] = line.slice(1).split(/\s+/);
  const name = ALIASES[head.toLowerCase()] ?? head.toLowerCase();
  // The free text after the first N words, with its inner spacing kept.
  const tail = (words: number): string => {
    let remaining = line.slice(1 + head.length).trimStart();
    for (let i = 0; i < words; i++) remaining = remaining.replace(/^\S+\s*/, '');
    return remaining.trim();
  };
  switch (name) {
    case 'join':
      if (rest.length !== 1) return invalid('usage: /join <room>');
      return { kind: 'join', room: rest[0]! };
    case 'leave':
      if (rest.length > 1) return invalid('usage: /leave [room]');
      return { kind: 'leave', room: rest[0] };
    case 'rooms':
      if (rest.length > 0) return invalid('usage: /rooms');
      return { kind: 'rooms' };
    case 'who':
      if (rest.length > 1) return invalid('usage: /who [room]');
      return { kind: 'who', room: rest[0] };
    case 'msg': {
      const text = tail(1);
      if (rest.length < 2 || text === '') return invalid('usage: /msg <user> <text>');
      return { kind: 'msg', user: rest[0]!, text };
    }
    case 'kick':
      if (rest.length < 1) return invalid('usage: /kick <user> [reason]');
      return { kind: 'kick', user: rest[0]!, reason: tail(1) };
    case 'help':
      return { kind: 'help' };
    case 'quit':
      return { kind: 'quit' };
    default:
      return invalid(`unknown command /${head}: try /help`);
  }
}

function invalid(message: string): Command {
  return { kind: 'invalid', message };
}
