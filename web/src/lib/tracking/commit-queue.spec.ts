import { describe, expect, it } from 'vitest';
import { CommitQueue, type Commit, type SendOutcome } from './commit-queue';

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

function setUp(outcomes: SendOutcome[], storage = new MemoryStorage()) {
  const sent: Commit[] = [];
  const timers: (() => void)[] = [];
  const queue = new CommitQueue(
    storage,
    'attempt-1',
    (commit) => {
      sent.push(structuredClone(commit));
      return Promise.resolve(outcomes.shift() ?? 'acknowledged');
    },
    (fn) => {
      timers.push(fn);
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
  );
  return { queue, sent, timers, storage };
}

describe('CommitQueue', () => {
  it('numbers commits from 1 in a new sitting and merges values recorded before sending', async () => {
    const { queue, sent } = setUp([]);
    queue.record({ 'cmi.location': 'a' });
    queue.record({ 'cmi.location': 'b', 'cmi.suspend_data': 'x' });
    await queue.flush();
    queue.record({ 'cmi.location': 'c' });
    await queue.flush();
    expect(sent.map((c) => [c.seq, c.values])).toEqual([
      [1, { 'cmi.location': 'b', 'cmi.suspend_data': 'x' }],
      [2, { 'cmi.location': 'c' }],
    ]);
    expect(new Set(sent.map((c) => c.sessionId)).size).toBe(1);
    expect(queue.pending).toBe(0);
  });

  it('keeps unsent commits on the device while offline, retries with backoff, and sends them in order', async () => {
    const storage = new MemoryStorage();
    const { queue, sent, timers } = setUp(['retry', 'retry'], storage);
    queue.record({ 'cmi.location': 'p1' });
    await queue.flush();
    expect(storage.data.size).toBe(1);
    queue.record({ 'cmi.completion_status': 'completed' });
    timers.shift()!();
    await queue.flush();
    timers.shift()!();
    await queue.flush();
    // Values recorded while a commit waits join it: one commit, tried until acknowledged.
    expect(sent.map((c) => c.seq)).toEqual([1, 1, 1]);
    expect(sent.at(-1)?.values).toEqual({ 'cmi.location': 'p1', 'cmi.completion_status': 'completed' });
    expect(storage.data.size).toBe(0);
  });

  it('picks up commits left by an earlier page (the tab closed offline)', async () => {
    const storage = new MemoryStorage();
    const first = setUp(['retry'], storage);
    first.queue.record({ 'cmi.location': 'left-behind' });
    await first.queue.flush();
    const second = setUp([], storage);
    expect(second.queue.pending).toBe(1);
    second.queue.record({ 'cmi.location': 'newer' });
    await second.queue.flush();
    expect(second.sent.map((c) => [c.seq, c.sessionId, c.values['cmi.location']])).toEqual([[1, first.sent[0]!.sessionId, 'newer']]);
  });

  it('drops a commit the server refuses for good, without blocking later ones', async () => {
    const { queue, sent } = setUp(['rejected']);
    queue.record({ 'cmi.score.scaled': '9' });
    await queue.flush();
    queue.record({ 'cmi.location': 'ok' });
    await queue.flush();
    expect(sent.map((c) => c.seq)).toEqual([1, 2]);
    expect(queue.pending).toBe(0);
  });

  it('keeps the numbers of a sitting numbered elsewhere, folding an unsent commit into the next one', async () => {
    const { queue, sent } = setUp(['retry']);
    queue.recordNumbered('host-sitting', 1, { 'cmi.location': 'p1' });
    await queue.flush();
    queue.recordNumbered('host-sitting', 2, { 'cmi.location': 'p2', 'cmi.exit': 'suspend' });
    queue.recordNumbered('host-sitting', 3, { 'cmi.session_time': 'PT1M' });
    // The queue's own commits never join another sitting's.
    queue.record({ 'cmi.suspend_data': 'own' });
    expect(queue.pending).toBe(2);
    await queue.flush();
    expect(sent.map((c) => [c.sessionId === 'host-sitting', c.seq])).toEqual([
      [true, 1],
      [true, 3],
      [false, 1],
    ]);
    expect(sent[1]!.values).toEqual({ 'cmi.location': 'p2', 'cmi.exit': 'suspend', 'cmi.session_time': 'PT1M' });
  });
});
