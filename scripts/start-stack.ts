// `npm start`: builds, migrates, seeds the demo data and courses, then runs api + worker + web
// together until Ctrl-C. Called by scripts/bootstrap.mjs after the install.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { API_NODE_FLAGS, requireServices, root, run, say } from './lib/services.ts';

const webPort = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '4000';
const webUrl = process.env.WEB_URL ?? `http://localhost:${webPort}`;
const apiUrl = `http://127.0.0.1:${apiPort}`;
// SCORM packages play from their own origin: another host name than the web's, so another site.
const contentPort = process.env.CONTENT_PORT ?? '4100';
const contentUrl = process.env.CONTENT_URL ?? `http://127.0.0.1:${contentPort}`;
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  API_PORT: apiPort,
  WEB_URL: webUrl,
  CONTENT_PORT: contentPort,
  CONTENT_URL: contentUrl,
  STORAGE_DIR: process.env.STORAGE_DIR ?? join(root, 'var/storage'),
  // Without SMTP_URL, the worker writes every mail it would send here as an .eml file (see the banner).
  MAIL_DIR: process.env.MAIL_DIR ?? join(root, 'var/mail'),
};

await requireServices();
say('building api, worker and web');
run('pnpm', ['run', 'build'], env);
say('migrating the database and publishing demo data and courses');
run('node', [join(root, 'api/dist/database/cli.js'), 'migrate'], env);
run('node', [join(root, 'api/dist/database/cli.js'), 'seed'], env);

const colours = { api: 35, worker: 33, web: 32 } as const;
const children: ChildProcess[] = [];

function start(name: keyof typeof colours, entry: string, extra: Record<string, string> = {}, flags: string[] = []) {
  const child = spawn('node', [...flags, join(root, entry)], { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[${colours[name]}m${name.padEnd(6)}\x1b[0m| `;
  const relay = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, prefix));
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped (${signal ?? code}); stopping everything`);
      stop(1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer`);
}

start('api', 'api/dist/main.js', {}, API_NODE_FLAGS);
start('worker', 'worker/dist/main.js');
start('web', 'web/server.ts', { PORT: webPort, API_URL: apiUrl });
await waitFor(`${apiUrl}/health`);
await waitFor(`${webUrl}/`);

const logins = ['learner', 'teacher', 'trainer', 'partner', 'admin', 'student'].map(
  (who) => `    ${who.padEnd(8)} ${who}@demo.kinship.test`,
);
console.log(`
  Kinship is running.

    Web app:  ${webUrl}
    GraphQL:  ${apiUrl}/graphql
    Health:   ${apiUrl}/health
    SCORM content origin: ${contentUrl}

  Demo logins (password for all: kinship-demo-password):
${logins.join('\n')}
  Staff accounts (trainer, partner, admin) also ask for an authenticator code: add the demo secret
  KINSHIPDEMOTOTPSECRETFORSTAFF234 to any TOTP app (demo data only).

  Trainers upload SCORM packages at ${webUrl}/packages
  ${process.env.SMTP_URL ? `Mail goes to the SMTP server in SMTP_URL.` : `Mail is not sent: each message is written to ${env.MAIL_DIR} as an .eml file (set SMTP_URL to send).`}

  Demo class (teacher@demo.kinship.test): join code JN20-26RV (${webUrl}/join/JN20-26RV)
  Class sign-in at ${webUrl}/class-sign-in: class code RVS-D26, personal code MAYA-2026 (Maya K.)

  Press Ctrl-C to stop.
`);
