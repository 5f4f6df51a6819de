import type { EntityManager } from '@mikro-orm/postgresql';
import { importPackage, type ImportDependencies } from './import-package.js';
import { PackageImport } from './package-import.entity.js';
import type { Job } from 'bullmq';

/**
 * Runs one import. Unexpected failures (disk, database) are retried by BullMQ; after the last try
 * the trainer sees that the import failed instead of waiting for ever.
 */
export async function runPackageImport(deps: ImportDependencies, importId: string, job: Job): Promise<string> {
  try {
    const row = await importPackage(deps, importId);
    return row.status;
  } catch (error) {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (lastTry) await markFailed(deps.em.fork(), importId);
    throw error;
  }
}

async function markFailed(em: EntityManager, importId: string) {
  await em.nativeUpdate(
    PackageImport,
    { id: importId },
    {
      status: 'failed',
      problems: ['The package could not be processed because of a problem on our side. Please try the upload again later.'],
    },
  );
}
