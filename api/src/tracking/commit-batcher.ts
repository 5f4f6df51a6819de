import { writeFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { SqlPool } from '../database/sql-pool.js';
import { applyCommits, type CommitRow, type CommitWrite } from './commit-statement.js';

interface Waiting {
  write: CommitWrite;
  resolve: (row: CommitRow | null) => void;
  reject: (error: unknown) => void;
}

/** Commits applied per statement at most. */
const MAX_BATCH = 64;
/** Statements in flight at once (each on its own pooled connection). */
const MAX_IN_FLIGHT = 4;

/**
 * Group commit: commits that arrive while earlier ones are being written are applied together, in one
 * statement and one transaction, instead of one round trip and one disk flush each. Nothing waits on
 * a timer: with nothing in flight a commit goes at once; under load the queue fills while the
 * database works, and the next statement takes all of it. Each commit is answered only after the
 * transaction that holds it has committed, so an acknowledged commit is as durable as before.
 */
@Injectable()
export class CommitBatcher {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  /** `pnpm bench` only (BENCH_STATS): statements per batch size, written to that file twice a second (unref'd timer). */
  private readonly batchSizes = new Map<number, number>();
  private readonly statsTimer?: NodeJS.Timeout;

  constructor(
    private readonly db: SqlPool,
    @Inject(ENV) env: Env,
  ) {
    const file = env.BENCH_STATS;
    if (file) this.statsTimer = setInterval(() => writeFileSync(file, JSON.stringify(Object.fromEntries(this.batchSizes))), 500).unref();
  }

  apply(write: CommitWrite): Promise<CommitRow | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length) void this.run(this.takeBatch());
  }

  /** The oldest commits, at most one per attempt (the statement updates each row once); the rest wait their turn. */
  private takeBatch(): Waiting[] {
    const batch: Waiting[] = [];
    const attempts = new Set<string>();
    for (let i = 0; i < this.queue.length && batch.length < MAX_BATCH;) {
      const waiting = this.queue[i]!;
      if (attempts.has(waiting.write.attemptId)) {
        i++;
        continue;
      }
      attempts.add(waiting.write.attemptId);
      batch.push(waiting);
      this.queue.splice(i, 1);
    }
    return batch;
  }

  private async run(batch: Waiting[]) {
    this.inFlight++;
    if (this.statsTimer) this.batchSizes.set(batch.length, (this.batchSizes.get(batch.length) ?? 0) + 1);
    try {
      const rows = await applyCommits(
        this.db,
        batch.map((w) => w.write),
      );
      batch.forEach((waiting, index) => waiting.resolve(rows[index] ?? null));
    } catch (error) {
      batch.forEach((waiting) => waiting.reject(error));
    } finally {
      this.inFlight--;
      this.pump();
    }
  }
}
