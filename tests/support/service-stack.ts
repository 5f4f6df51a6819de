import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceContext } from '@kinship/api/testing/service-context';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl, redisPrefix, redisUrl, templateName, withAdmin } from './services.js';

export interface ServiceStack {
  /** The api's services, in this process. */
  app: ServiceContext;
  /** Runs work as one api request does, with its own EntityManager. */
  run: <T>(work: () => Promise<T>) => Promise<T>;
  /** A direct connection to this file's database, for checking what was stored. */
  db: pg.Client;
  stop: () => Promise<void>;
}

/**
 * The middle tier: the api's services booted in the test process (no HTTP, no child processes) on a
 * database cloned from the run's template and a Redis prefix of its own. Real PostgreSQL, real Redis.
 */
export async function startServiceStack(): Promise<ServiceStack> {
  const runId = inject('runId');
  const suffix = randomBytes(4).toString('hex');
  const dbName = `kinship_t_${runId}_${suffix}`;
  await withAdmin((admin) => admin.query(`create database ${dbName} template ${templateName(runId)}`));
  const storageDir = await mkdtemp(join(tmpdir(), 'kinship-storage-'));
  await cp(inject('templateStorageDir'), storageDir, { recursive: true });
  // The api validates its environment once, when its modules load: set it before importing them.
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(dbName),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix(runId, suffix),
    STORAGE_DIR: storageDir,
    LOG_LEVEL: 'warn',
  });
  const { createServiceContext, inRequest } = await import('@kinship/api/testing/service-context');
  const app = await createServiceContext();
  const db = new pg.Client({ connectionString: databaseUrl(dbName) });
  await db.connect();
  return {
    app,
    run: (work) => inRequest(app, work),
    db,
    stop: async () => {
      await app.close();
      await db.end();
      await withAdmin((admin) => admin.query(`drop database if exists ${dbName} with (force)`));
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
