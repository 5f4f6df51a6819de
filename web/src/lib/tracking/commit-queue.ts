/**
 * The browser side of the tracking model: CMI values are recorded into numbered commits that are
 * kept in localStorage until the server acknowledges them, sent one at a time and in order,
 * retried with backoff while offline, and flushed with `keepalive` when the page goes away.
 * Commits are numbered within a sitting (this queue's session id), and each carries every value
 * changed since the last acknowledged one, so the server can safely ignore a late duplicate
 * (see api/src/tracking/commit-statement.ts).
 */
export interface Commit {
  attemptId: string;
  seq: number;
  sessionId: string;
  values: Record<string, string>;
}

export type SendOutcome = 'acknowledged' | 'rejected' | 'retry';
export type Send = (commit: Commit, options: { keepalive: boolean }) => Promise<SendOutcome>;

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Saved {
  sessionId: string;
  lastSeq: number;
  pending: Commit[];
}

const MAX_BACKOFF_MS = 30_000;

function newSessionId(): string {
  return globalThis.crypto.randomUUID();
}

export class CommitQueue {
  private saved: Saved;
  private inFlight: Commit | null = null;
  private flushing: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  /** Called whenever the number of unsent commits changes (for an "offline, saved on this device" notice). */
  onChange: (pending: number) => void = () => {};

  constructor(
    private readonly storage: QueueStorage,
    private readonly attemptId: string,
    private readonly send: Send,
    private readonly schedule: (fn: () => void, ms: number) => ReturnType<typeof setTimeout> = setTimeout,
  ) {
    // Commits left from an earlier visit (e.g. the tab closed while offline) are kept, with the
    // sitting they were numbered in, and sent first. Otherwise this is a new sitting, numbered from 1.
    this.saved = this.read() ?? { sessionId: newSessionId(), lastSeq: 0, pending: [] };
  }

  private get key() {
    return `kinship:commits:${this.attemptId}`;
  }

  private read(): Saved | null {
    try {
      const raw = this.storage.getItem(this.key);
      const saved = raw ? (JSON.parse(raw) as Saved) : null;
      return saved?.sessionId ? saved : null;
    } catch {
      return null;
    }
  }

  private persist() {
    if (this.saved.pending.length) this.storage.setItem(this.key, JSON.stringify(this.saved));
    else this.storage.removeItem(this.key);
    this.onChange(this.saved.pending.length);
  }

  /** The number of the newest commit made in this sitting (sent or not). */
  get lastSeq(): number {
    return this.saved.lastSeq;
  }

  get pending(): number {
    return this.saved.pending.length;
  }

  /** Records values; they join the newest unsent commit, or start a new one if that one is on its way. */
  record(values: Record<string, string>): void {
    const last = this.saved.pending.at(-1);
    if (last && last !== this.inFlight && last.sessionId === this.saved.sessionId) {
      Object.assign(last.values, values);
    } else {
      this.saved.lastSeq += 1;
      this.saved.pending.push({
        attemptId: this.attemptId,
        seq: this.saved.lastSeq,
        sessionId: this.saved.sessionId,
        values: { ...values },
      });
    }
    this.persist();
  }

  /**
   * Records a commit that its producer numbered in a sitting of its own (the SCORM host page, which may
   * also deliver it by another way: the server applies a number once). It absorbs the newest unsent
   * commit of the same sitting, taking the later number, since it carries every value changed after it.
   */
  recordNumbered(sessionId: string, seq: number, values: Record<string, string>): void {
    const last = this.saved.pending.at(-1);
    if (last && last !== this.inFlight && last.sessionId === sessionId && last.seq < seq) {
      Object.assign(last.values, values);
      last.seq = seq;
    } else {
      this.saved.pending.push({ attemptId: this.attemptId, seq, sessionId, values: { ...values } });
    }
    this.persist();
  }

  /** Sends every unsent commit in order; resolves when all are acknowledged or a retry is scheduled. */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async drain(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.saved.pending.length) {
      const commit = this.saved.pending[0]!;
      this.inFlight = commit;
      let outcome: SendOutcome;
      try {
        outcome = await this.send(commit, { keepalive: false });
      } catch {
        outcome = 'retry';
      }
      this.inFlight = null;
      if (outcome === 'retry') {
        this.failures += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1));
        this.retryTimer = this.schedule(() => void this.flush(), delay);
        return;
      }
      // Acknowledged, or refused for good (a bad value): either way it must not block the ones after it.
      this.failures = 0;
      this.saved.pending.shift();
      this.persist();
    }
  }

  /** When the page is hidden or closed: hand every unsent commit to the browser with keepalive. */
  flushOnExit(): void {
    for (const commit of this.saved.pending) void this.send(commit, { keepalive: true }).catch(() => undefined);
  }
}
