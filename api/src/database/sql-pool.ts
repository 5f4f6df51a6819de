import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { ENV, type Env } from '../config/env.js';

/**
 * A plain PostgreSQL pool for the few hand-written statements on the hottest paths (the session
 * lookup on every request, the tracking commit). Measured: the ORM's query layer roughly doubled
 * their cost; everything else goes through MikroORM.
 */
@Injectable()
export class SqlPool implements OnApplicationShutdown {
  private readonly pool: pg.Pool;

  constructor(@Inject(ENV) env: Env) {
    this.pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 20 });
  }

  /**
   * Runs a statement as a named prepared statement, so that PostgreSQL plans it once per connection
   * instead of on every call (these statements run on every request).
   */
  async query<T extends pg.QueryResultRow>(name: string, text: string, params: unknown[]): Promise<T[]> {
    return (await this.pool.query<T>({ name, text, values: params })).rows;
  }

  /** A statement run once in a while (reports), not worth a prepared statement of its own. */
  async once<T extends pg.QueryResultRow>(text: string, params: unknown[]): Promise<T[]> {
    return (await this.pool.query<T>(text, params)).rows;
  }

  /** A connection of its own, for a server-side cursor that streams a large result (reports); release it after. */
  connect(): Promise<pg.PoolClient> {
    return this.pool.connect();
  }

  async onApplicationShutdown() {
    await this.pool.end();
  }
}

@Global()
@Module({ providers: [SqlPool], exports: [SqlPool] })
export class SqlPoolModule {}
