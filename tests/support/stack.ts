import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { apiMain, webMain, workerMain } from './paths.js';
import { freePort, startNode, waitForHttp, type RunningProcess } from './processes.js';
import { databaseUrl, redisPrefix, redisUrl, templateName, withAdmin } from './services.js';

export interface Stack {
  apiUrl: string;
  webUrl: string;
  /** The SCORM content origin: another host name than the web's, so another site. */
  contentUrl: string;
  /** This stack's package storage folder (removed at the end). */
  storageDir: string;
  redisPrefix: string;
  databaseUrl: string;
  /** A direct connection to this stack's database, for checking what was stored. */
  db: pg.Client;
  processes: Record<string, RunningProcess>;
  /** Restarts the api (e.g. after killing it) on the same port and database. */
  restartApi: () => Promise<void>;
  stop: () => Promise<void>;
}

export interface StackOptions {
  worker?: boolean;
  web?: boolean;
  env?: Record<string, string>;
  /** Settings for the api process only (e.g. a Redis it reaches through a proxy the test controls). */
  apiEnv?: Record<string, string>;
}

/**
 * A private copy of the platform for one test file: its own database cloned from the run's
 * template, its own Redis prefix, and real api / worker / web processes on free ports.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const runId = inject('runId');
  const suffix = randomBytes(4).toString('hex');
  const dbName = `kinship_t_${runId}_${suffix}`;
  await withAdmin((db) => db.query(`create database ${dbName} template ${templateName(runId)}`));
  const [apiPort, webPort, contentPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://localhost:${webPort}`;
  const contentUrl = `http://127.0.0.1:${contentPort}`;
  const storageDir = await mkdtemp(join(tmpdir(), 'kinship-storage-'));
  // The cloned database names course media that the template's storage holds.
  await cp(inject('templateStorageDir'), storageDir, { recursive: true });
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(dbName),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix(runId, suffix),
    API_PORT: String(apiPort),
    WEB_URL: webUrl,
    CONTENT_URL: contentUrl,
    CONTENT_PORT: String(contentPort),
    STORAGE_DIR: storageDir,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const processes: Record<string, RunningProcess> = {};
  const startApi = async () => {
    processes.api = startNode('api', apiMain, { ...env, ...options.apiEnv });
    await waitForHttp(`${apiUrl}/health`, processes.api);
  };
  await startApi();
  if (options.worker) processes.worker = startNode('worker', workerMain, env);
  if (options.web) {
    processes.web = startNode('web', webMain, { ...env, PORT: String(webPort), HOST: '127.0.0.1', API_URL: apiUrl });
    await waitForHttp(`${webUrl}/`, processes.web);
  }
  const db = new pg.Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  return {
    apiUrl,
    webUrl,
    contentUrl,
    storageDir,
    redisPrefix: env.REDIS_PREFIX,
    databaseUrl: env.DATABASE_URL,
    db,
    processes,
    restartApi: startApi,
    stop: async () => {
      await Promise.all(Object.values(processes).map((p) => p.stop()));
      await db.end();
      await withAdmin((admin) => admin.query(`drop database if exists ${dbName} with (force)`));
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
