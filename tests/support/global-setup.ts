import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { delimiter, join } from 'node:path';
import { apiCli, repoRoot } from './paths.js';
import { databaseUrl, redisUrl, templateName, withAdmin } from './services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
    /** The storage that goes with the template database (published course media); each stack starts from a copy. */
    templateStorageDir: string;
  }
}

/**
 * Once per run: a migrated and seeded template database that every test file clones. At the end,
 * every database and Redis key this run made is removed, so runs never collide or leave anything.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = templateName(runId);
  await withAdmin((db) => db.query(`create database ${template}`));
  // The shipped courses plus a small test course with one unit of each kind.
  const courses = [join(repoRoot, 'courses'), join(repoRoot, 'tests', 'fixtures', 'courses')].join(delimiter);
  const templateStorageDir = mkdtempSync(join(tmpdir(), 'kinship-template-storage-'));
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(template),
    LOG_LEVEL: 'warn',
    COURSES_DIR: courses,
    STORAGE_DIR: templateStorageDir,
  };
  execFileSync(process.execPath, [apiCli, 'migrate'], { env, stdio: 'pipe' });
  execFileSync(process.execPath, [apiCli, 'seed'], { env, stdio: 'pipe' });
  project.provide('runId', runId);
  project.provide('templateStorageDir', templateStorageDir);

  return async () => {
    await withAdmin(async (db) => {
      const { rows } = await db.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
        `kinship_t_${runId}_%`,
      ]);
      for (const { datname } of rows) await db.query(`drop database if exists ${datname} with (force)`);
    });
    const redis = new Redis(redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `kt:${runId}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
    rmSync(templateStorageDir, { recursive: true, force: true });
  };
}
