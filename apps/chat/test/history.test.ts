import { describe, expect, it } from 'vitest';
import { RoomHistory } from '../src/history.js';

describe('RoomHistory', () => {
  it('keeps the last 100 messages of each room, oldest first, numbered per room', () => {
    const history = new RoomHistory();
    for (let i = 1; i <= 130; i++) history.add('lobby', 'alice', `m${i}`, i);
    history.add('games', 'bob', 'g1', 1);
    const lobby = history.recent('lobby');
    expect(lobby).toHaveLength(100);
    expect(lobby[0]).toMatchObject({ room: 'lobby', text: 'm31', seq: 31, atMs: 31, epoch: history.epoch });
    expect(lobby.at(-1)).toMatchObject({ text: 'm130', seq: 130 });
    expect(history.recent('games')).toEqual([
      { room: 'games', from: 'bob', text: 'g1', atMs: 1, seq: 1, epoch: history.epoch },
    ]);
  });

  it('hands out copies, forgets dropped rooms, and honours its limit', () => {
    const history = new RoomHistory(2, 'e1');
    history.add('r', 'a', 'one');
    history.add('r', 'a', 'two');
    history.add('r', 'a', 'three');
    const copy = history.recent('r');
    copy.length = 0;
    expect(history.recent('r').map((m) => m.text)).toEqual(['two', 'three']);
    history.drop('r');
    expect(history.recent('r')).toEqual([]);
    expect(history.add('r', 'a', 'again').seq).toBe(1);
    expect(new RoomHistory(0).add('r', 'a', 'x').seq).toBe(1);
    expect(() => new RoomHistory(-1)).toThrow(RangeError);
  });

  it('gives each run its own epoch unless told', () => {
    expect(new RoomHistory(1, 'fixed').epoch).toBe('fixed');
    expect(new RoomHistory().epoch).toMatch(/^[0-9a-z]+$/);
  });
});
