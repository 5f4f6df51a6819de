// CI's checks before the tests: types, lint and format, and drift of the committed generated
// files (GraphQL schema, typed web client, migration snapshot). Called by .ci/run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { requireServices, root, run, say } from './lib/services.ts';

await requireServices();
say('building');
run('pnpm', ['run', 'build']);
say('type checks');
run('pnpm', ['run', 'check']);
say('lint and format');
run('pnpm', ['run', 'lint']);

say('generated files: regenerating and comparing with what is committed');
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kinship');
base.pathname = `/kinship_verify_${process.pid}`;
const env = { ...process.env, DATABASE_URL: base.toString() };
const cli = join(root, 'api/dist/database/cli.js');
try {
  run('node', [cli, 'migrate'], env);
  run('node', [cli, 'migration:check'], env);
  run('pnpm', ['run', 'gen'], env);
} finally {
  const drop = `import pg from 'pg'; const c = new pg.Client({ connectionString: process.argv[1].replace(/\\/[^/]+$/, '/postgres') });
    await c.connect(); await c.query('drop database if exists "' + new URL(process.argv[1]).pathname.slice(1) + '" with (force)'); await c.end();`;
  spawnSync('node', ['--input-type=module', '-e', drop, base.toString()], { cwd: join(root, 'api'), stdio: 'inherit' });
}
const drift = spawnSync('git', ['status', '--porcelain', '--', 'api/schema.graphql', 'api/src/migrations', 'web/src/lib/graphql'], {
  cwd: root,
  encoding: 'utf8',
});
if (drift.stdout.trim()) {
  console.error(
    `\nGenerated files differ from what is committed:\n${drift.stdout}\nRun \`pnpm gen\` (and create a migration if entities changed), then commit.`,
  );
  process.exit(1);
}
say('all checks passed');
