import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { ENV, type Env } from '../config/env.js';
import { JobQueue } from '../jobs/job-queue.js';
import { OUTBOX_CHANNEL, SUBSCRIPTIONS, type EventTopic } from './event-map.js';

/** Pending events are also looked for on this period, in case a notification was missed (e.g. while reconnecting). */
const POLL_MS = 5_000;
const BATCH = 100;

interface PendingEvent {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * Runs in the worker: hands the outbox's pending events to the job queue, one job per subscriber, and
 * marks them relayed. Woken at once by PostgreSQL's notification, and by a poll as a fallback. Queuing
 * the same event twice is harmless: each subscriber's job id is derived from the event.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobQueue,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async onApplicationBootstrap() {
    this.listener = new pg.Client({ connectionString: this.env.DATABASE_URL });
    this.listener.on('error', (error) => this.logger.warn(`outbox listener: ${error.message}`));
    await this.listener.connect();
    this.listener.on('notification', () => this.wake());
    await this.listener.query(`listen ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.wake();
  }

  /** Relays now, or right after the relay already running. */
  wake() {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relayAll()
      .catch((error: unknown) => this.logger.warn(`relay failed, will retry: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Relays every pending event; resolves when none is left. */
  async relayAll(): Promise<void> {
    for (;;) {
      const em = this.em.fork();
      const pending = await em.execute<PendingEvent[]>(
        `select id, topic, payload from outbox_event where relayed_at is null order by id limit ${BATCH}`,
      );
      if (!pending.length) return;
      for (const event of pending) await this.relay(event);
      await em.execute(
        `update outbox_event set relayed_at = now() where id in (${pending.map(() => '?').join(',')})`,
        pending.map((e) => e.id),
        'run',
      );
    }
  }

  private async relay(event: PendingEvent) {
    const subscriptions = SUBSCRIPTIONS[event.topic as EventTopic] ?? [];
    if (!subscriptions.length) this.logger.warn(`event ${event.id}: no subscriber for "${event.topic}"`);
    for (const subscription of subscriptions) {
      // The subscription was looked up by this event's own topic, so its payload is the one it takes.
      const payload = event.payload as never;
      await this.jobs.add(subscription.job, subscription.data(payload), { jobId: subscription.jobId(payload) });
    }
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end();
  }
}
