import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiCli = join(repoRoot, 'api', 'dist', 'database', 'cli.js');
export const apiMain = join(repoRoot, 'api', 'dist', 'main.js');
export const workerMain = join(repoRoot, 'worker', 'dist', 'main.js');
export const webMain = join(repoRoot, 'web', 'server.ts');
