import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sessionTokenFrom } from './forward.ts';
import { parseCommit, readCapped } from './track-commit.ts';

describe("the player's commit route", () => {
  it('takes a commit of the api shape and nothing else from the body', () => {
    const commit = { attemptId: 'a', seq: 2, sessionId: 's', values: { 'cmi.location': 'p' } };
    expect(parseCommit(JSON.stringify({ ...commit, extra: 1 }))).toEqual(commit);
    for (const bad of [
      { ...commit, seq: '2' },
      { ...commit, values: ['p'] },
      { ...commit, values: { a: 1 } },
      { ...commit, values: null },
    ]) {
      expect(parseCommit(JSON.stringify(bad))).toBeNull();
    }
    expect(parseCommit('{"attemptId":')).toBeNull();
    expect(parseCommit('null')).toBeNull();
  });

  it('reads a body up to its limit, and no further', async () => {
    const chunks = (sizes: number[]) => Readable.from(sizes.map((size) => Buffer.alloc(size, 'x')));
    expect(await readCapped(chunks([3, 2]), 5)).toBe('xxxxx');
    expect(await readCapped(chunks([3, 3]), 5)).toBeNull();
    expect(await readCapped(null)).toBe('');
  });

  it('reads the session cookie as SvelteKit does', () => {
    expect(sessionTokenFrom('a=1; kinship_session=t%3D1; kinship_session=second')).toBe('t=1');
    expect(sessionTokenFrom('kinship_sessions=x')).toBeNull();
    expect(sessionTokenFrom(undefined)).toBeNull();
  });
});
