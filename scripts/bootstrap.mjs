#!/usr/bin/env node
// The one entry point behind `npm start`, `npm test` and `npm run bench`.
// It must run on whatever Node the machine has (it may be older than the project's), so it is plain
// JavaScript with no dependencies. It provisions the project's Node and pnpm into .tools/ when the
// machine lacks them, installs the workspace, then hands over to the real task under the right Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const wantedNode = readFileSync(join(root, '.node-version'), 'utf8').trim();
const wantedPnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

const tasks = {
  start: ['node', ['scripts/start-stack.ts']],
  test: ['node', ['scripts/run-tests.ts']],
  bench: ['node', ['scripts/run-bench.ts']],
  verify: ['node', ['scripts/verify.ts']],
};

function say(message) {
  console.log(`\x1b[36m[kinship]\x1b[0m ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function major(version) {
  return Number(version.replace(/^v/, '').split('.')[0]);
}

function npmInstallInto(prefix, spec) {
  say(`fetching ${spec} from the npm registry into ${prefix}`);
  run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, spec]);
}

/** Returns the directory holding a `node` binary of the project's major version. */
function ensureNode() {
  if (major(process.versions.node) >= major(wantedNode)) return dirname(process.execPath);
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = join(tools, `node-${wantedNode}`);
  const bin = join(prefix, 'node_modules', pkg, 'bin');
  if (!existsSync(join(bin, 'node'))) npmInstallInto(prefix, `${pkg}@${wantedNode}`);
  say(`this machine has Node ${process.versions.node}; using Node ${wantedNode} from .tools/`);
  return bin;
}

/** Returns the directory holding the pinned `pnpm`, or null when the PATH already has it. */
function ensurePnpm(env) {
  const found = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim() === wantedPnpm) return null;
  const prefix = join(tools, `pnpm-${wantedPnpm}`);
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) npmInstallInto(prefix, `pnpm@${wantedPnpm}`);
  return bin;
}

const task = process.argv[2];
if (!(task in tasks)) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

const env = { ...process.env };
env.PATH = [ensureNode(), env.PATH].join(delimiter);
const pnpmBin = ensurePnpm(env);
if (pnpmBin) env.PATH = [pnpmBin, env.PATH].join(delimiter);

say('installing the workspace (pnpm install --frozen-lockfile)');
run('pnpm', ['install', '--frozen-lockfile'], { env });

const [command, args] = tasks[task];
run(command, args, { env });
