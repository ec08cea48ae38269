// The chat's naming rules, shared by the server (which enforces them) and the client (which checks
// before asking): user names and room names are short, printable and unambiguous in a terminal.

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

/** Null when the user name is acceptable, otherwise why not. */
export function checkUserName(name: string): string | null {
  if (!NAME.test(name)) {
    return `invalid user name '${name}': 1 to 32 letters, digits, '_', '.' or '-', starting with a letter or digit`;
  }
  return null;
}

/** A room name without its optional leading '#'; rooms are case-insensitive, kept in lower case. */
export function normalizeRoom(room: string): string {
  return (room.startsWith('#') ? room.slice(1) : room).toLowerCase();
}

/** Null when the (normalized) room name is acceptable, otherwise why not. */
export function checkRoomName(room: string): string | null {
  if (!NAME.test(room)) {
    return `invalid room name '${room}': 1 to 32 letters, digits, '_', '.' or '-'`;
  }
  return null;
}

/** The longest message text the server accepts, in characters. */
export const MAX_TEXT_LENGTH = 2000;
