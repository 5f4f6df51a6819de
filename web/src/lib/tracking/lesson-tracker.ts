import type { CommitQueue } from './commit-queue.ts';
import { getOutbox } from './outbox.svelte.ts';

/** Tracks one lesson page: where the learner is (cmi.location), time spent, and completion. */
export class LessonTracker {
  private readonly queue: CommitQueue;
  private readonly startedAt = Date.now();
  private readonly onHidden = () => {
    if (document.visibilityState !== 'hidden') return;
    this.queue.record({ 'cmi.session_time': this.sessionTime(), 'cmi.exit': 'suspend' });
    getOutbox().flushOnExit();
  };

  constructor(attemptId: string) {
    this.queue = getOutbox().queueFor(attemptId);
    document.addEventListener('visibilitychange', this.onHidden);
  }

  private sessionTime(): string {
    return `PT${Math.min(4 * 3600, Math.round((Date.now() - this.startedAt) / 1000))}S`;
  }

  /** The learner reached a new part of the lesson. */
  at(location: string) {
    this.queue.record({ 'cmi.location': location });
    void this.queue.flush();
  }

  /** The lesson is done: recorded on the device first, then sent (now, or when back online). */
  complete(): Promise<void> {
    this.queue.record({
      'cmi.completion_status': 'completed',
      'cmi.location': 'end',
      'cmi.session_time': this.sessionTime(),
      'cmi.exit': 'normal',
    });
    return this.queue.flush();
  }

  /** Whether some of this lesson's commits are still waiting on this device. */
  hasPending(): boolean {
    return this.queue.pending > 0;
  }

  destroy() {
    document.removeEventListener('visibilitychange', this.onHidden);
  }
}
