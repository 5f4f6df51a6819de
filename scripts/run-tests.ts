// `npm test`: builds everything and runs every test (unit, api integration, browser) against the
// machine's real PostgreSQL and Redis. Called by scripts/bootstrap.mjs after the install.
import { requireChromium, requirePoppler, requireServices, run, say } from './lib/services.ts';

await requireServices();
requireChromium();
requirePoppler();
say('building api, worker and web');
run('pnpm', ['run', 'build']);
say('running the tests');
run('pnpm', ['-r', '--workspace-concurrency=1', 'run', 'test']);
