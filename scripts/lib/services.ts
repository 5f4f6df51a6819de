import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

export const root = new URL('../..', import.meta.url).pathname;

/**
 * Node's flags for the api process, wherever it is started for real (here, the bench, the Dockerfile and
 * docker-compose, `pnpm --filter @kinship/api start`): V8's young generation held to 8 MB a semi-space
 * instead of the 64 MB it grows to on a large machine, which the api otherwise keeps resident for good
 * (README, "The api's memory").
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=8'];

export function say(message: string): void {
  console.log(`\x1b[36m[kinship]\x1b[0m ${message}`);
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Stops with a clear message when PostgreSQL or Redis cannot be reached. */
export async function requireServices(): Promise<void> {
  const services = [
    ['PostgreSQL', process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kinship', 5432],
    ['Redis', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379],
  ] as const;
  const missing: string[] = [];
  for (const [name, url, defaultPort] of services) {
    const { hostname, port } = new URL(url);
    if (!(await reachable(hostname, Number(port || defaultPort)))) missing.push(`${name} at ${hostname}:${port || defaultPort}`);
  }
  if (!missing.length) return;
  console.error(`\nKinship needs PostgreSQL and Redis, but cannot reach ${missing.join(' or ')}.
Start them, for example with Docker:   docker compose up -d postgres redis
or point DATABASE_URL / REDIS_URL at servers you already run.\n`);
  process.exit(1);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser tests drive Debian's chromium; install it when we can (as root with apt), else explain. */
export function requireChromium(): void {
  if (existsSync(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    say('installing chromium for the browser tests (apt-get install chromium)');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    return;
  }
  console.error(`\nThe browser tests need Chromium at ${chromiumPath}.
Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.\n`);
  process.exit(1);
}

/** The certificate tests read PDFs back with poppler (pdftotext) and keep PNGs (pdftoppm); install it as chromium is. */
export function requirePoppler(): void {
  if (existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext')) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    say('installing poppler-utils for the certificate tests (apt-get install poppler-utils)');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'poppler-utils']);
    return;
  }
  console.error(`\nThe certificate tests need poppler's pdftotext and pdftoppm.
Install them (Debian/Ubuntu: sudo apt-get install poppler-utils).\n`);
  process.exit(1);
}
