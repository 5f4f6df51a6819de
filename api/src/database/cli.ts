import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../config/env.js';
import { CourseProblems, formatProblem, loadCourse } from '../course/course-loader.js';
import { courseDirs } from '../course/course-roots.js';
import { moveLegacyMediaBytes } from '../course/course-media-store.js';
import { publishCourse } from '../course/course-publisher.js';
import { seedDemoClassroom } from '../seed/demo-classroom.js';
import { seedDemoData } from '../seed/demo-data.js';
import { storageFor } from '../storage/storage.module.js';
import { ormConfig } from './mikro-orm.config.js';

const here = dirname(fileURLToPath(import.meta.url));
const sourceMigrations = join(here, '..', '..', 'src', 'migrations');

async function withOrm<T>(work: (orm: MikroORM) => Promise<T>, migrationsPath?: string): Promise<T> {
  const config = ormConfig();
  if (migrationsPath) config.migrations = { ...config.migrations, path: migrationsPath };
  const orm = await MikroORM.init(config);
  try {
    return await work(orm);
  } finally {
    await orm.close(true);
  }
}

/** Checks every course; returns false when any has an error. */
async function checkCourses(): Promise<boolean> {
  let ok = true;
  for (const dir of await courseDirs()) {
    try {
      const loaded = await loadCourse(dir);
      loaded.warnings.forEach((w) => console.warn(formatProblem(w)));
      console.log(`ok ${loaded.content.id}`);
    } catch (error) {
      if (!(error instanceof CourseProblems)) throw error;
      error.problems.forEach((p) => console.error(formatProblem(p)));
      ok = false;
    }
  }
  return ok;
}

async function publishCourses(orm: MikroORM): Promise<boolean> {
  let ok = true;
  for (const dir of await courseDirs()) {
    try {
      const outcome = await publishCourse(orm.em.fork(), await loadCourse(dir), await storageFor(loadEnv()));
      console.log(`${outcome.status} ${outcome.courseId} v${outcome.version}`);
    } catch (error) {
      if (!(error instanceof CourseProblems)) throw error;
      console.error(`not published ${dir}: the published version stays as it was`);
      error.problems.forEach((p) => console.error(formatProblem(p)));
      ok = false;
    }
  }
  return ok;
}

/** Creates the configured database when it does not exist yet (a fresh machine). */
async function ensureDatabase(): Promise<void> {
  const target = new URL(loadEnv().DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Course media bytes used to sit in `course_asset.bytes`; moving them to storage takes code, not SQL. So the schema is
 * migrated up to the migration that makes room for both (adds `size`, makes `bytes` nullable), the rows are moved, and
 * only then do the later migrations run, the first of which drops the column and refuses to if any row kept bytes.
 * Every step can be run again: a stopped move resumes, and an up-to-date database has no column left to move.
 */
const MEDIA_MOVED_AFTER = 'Migration20261201111021';

async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up({ to: MEDIA_MOVED_AFTER });
  const moved = await moveLegacyMediaBytes(orm.em.fork(), await storageFor(loadEnv()));
  if (moved) console.log(`moved ${moved} course media file(s) from the database to storage`);
  applied.push(...(await orm.migrator.up()));
  return applied.map((m) => m.name);
}

const commands: Record<string, () => Promise<boolean>> = {
  migrate: () =>
    ensureDatabase().then(() =>
      withOrm(async (orm) => {
        const applied = await migrate(orm);
        console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
        return true;
      }),
    ),
  'migration:create': () =>
    withOrm(async (orm) => {
      const result = await orm.migrator.create(sourceMigrations);
      console.log(result.fileName ? `created ${result.fileName}` : 'no changes: no migration created');
      return true;
    }, sourceMigrations),
  'migration:check': () =>
    withOrm(async (orm) => {
      const pending = await orm.migrator.checkSchema();
      if (pending) console.error('the entities differ from the migrations: run `pnpm --filter @kinship/api db:migration:create`');
      return !pending;
    }, sourceMigrations),
  seed: () =>
    withOrm(async (orm) => {
      await seedDemoData(orm.em.fork());
      console.log('demo organisations and accounts are in place');
      const published = await publishCourses(orm);
      // The demo class assigns a shipped course, so it comes after publishing.
      await seedDemoClassroom(orm.em.fork());
      return published;
    }),
  'courses:check': checkCourses,
  'courses:publish': () => withOrm(publishCourses),
};

const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  console.error(`usage: cli.js <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
const ok = await command();
process.exit(ok ? 0 : 1);
