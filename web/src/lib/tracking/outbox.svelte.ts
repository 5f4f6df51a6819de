import { CommitQueue } from './commit-queue.ts';
import { sendCommit } from './send-commit.ts';

const PREFIX = 'kinship:commits:';

/**
 * Every commit queue on this device, one per attempt, for the whole browser session: unsent
 * commits of an earlier unit keep being retried after the learner has moved on, all of them are
 * flushed when the connection comes back, and all are handed to the browser as the page closes.
 * Created only in the browser (never during server rendering).
 */
class Outbox {
  pending = $state(0);
  online = $state(true);
  private readonly queues = new Map<string, CommitQueue>();

  constructor() {
    this.online = navigator.onLine;
    addEventListener('online', () => {
      this.online = true;
      this.flushAll();
    });
    addEventListener('offline', () => (this.online = false));
    addEventListener('pagehide', () => this.queues.forEach((queue) => queue.flushOnExit()));
    // Commits left by an earlier visit (the tab was closed while offline) are sent now.
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) this.queueFor(key.slice(PREFIX.length));
    this.flushAll();
  }

  queueFor(attemptId: string): CommitQueue {
    let queue = this.queues.get(attemptId);
    if (!queue) {
      queue = new CommitQueue(localStorage, attemptId, sendCommit);
      queue.onChange = () => this.count();
      this.queues.set(attemptId, queue);
      this.count();
    }
    return queue;
  }

  flushAll() {
    this.queues.forEach((queue) => void queue.flush());
  }

  flushOnExit() {
    this.queues.forEach((queue) => queue.flushOnExit());
  }

  private count() {
    this.pending = [...this.queues.values()].reduce((sum, queue) => sum + queue.pending, 0);
  }
}

let outbox: Outbox | null = null;

export function getOutbox(): Outbox {
  outbox ??= new Outbox();
  return outbox;
}
