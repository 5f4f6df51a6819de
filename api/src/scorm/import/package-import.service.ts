import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { authoringOrganisations, isPlatformAdmin, mayImportPackages } from '../../access/permissions.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, invalidInput, notFound } from '../../common/domain-error.js';
import { ENV, type Env } from '../../config/env.js';
import { JobQueue } from '../../jobs/job-queue.js';
import { StorageLimitError, type PackageStorage } from '../../storage/package-storage.js';
import { PACKAGE_STORAGE } from '../../storage/storage.module.js';
import { uploadKey } from './import-package.js';
import { PackageImport } from './package-import.entity.js';
import { formatBytes } from './package-zip.js';

export interface UploadDetails {
  fileName: string;
  locale: string;
  estimatedMinutes: number;
  declaredBytes: number | null;
  /** The organisation the course is for; by default the uploader's first as a trainer. */
  organisationId?: string;
}

/** The organisation an upload publishes for: one the uploader authors for (a platform admin may name any). */
function uploadOrganisation(viewer: Viewer, requested: string | undefined): string {
  const own = authoringOrganisations(viewer);
  if (requested === undefined) return own[0]!;
  if (own.includes(requested) || isPlatformAdmin(viewer)) return requested;
  throw forbidden();
}

@Injectable()
export class PackageImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobQueue,
    @Inject(PACKAGE_STORAGE) private readonly storage: PackageStorage,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Streams an uploaded zip to storage (never whole in memory), then queues its import. A cut-off or
   * oversized upload leaves nothing behind.
   */
  async upload(viewer: Viewer, body: Readable, details: UploadDetails): Promise<PackageImport> {
    if (!mayImportPackages(viewer)) throw forbidden();
    const max = this.env.PACKAGE_MAX_UPLOAD_BYTES;
    const tooLarge = () =>
      invalidInput('UPLOAD_TOO_LARGE', `The file is larger than the ${formatBytes(max)} allowed.`, { max: formatBytes(max) });
    if (details.declaredBytes !== null && details.declaredBytes > max) throw tooLarge();
    const row = this.em.create(PackageImport, {
      uploadedBy: viewer.userId,
      organisation: uploadOrganisation(viewer, details.organisationId),
      fileName: details.fileName,
      locale: details.locale,
      estimatedMinutes: details.estimatedMinutes,
    });
    try {
      row.byteSize = await this.storage.write(uploadKey(row.id), body, max);
    } catch (error) {
      if (error instanceof StorageLimitError) throw tooLarge();
      throw invalidInput('UPLOAD_INCOMPLETE', 'The upload did not finish. Please try again.');
    }
    if (row.byteSize === 0) throw invalidInput('UPLOAD_EMPTY', 'The file is empty.');
    await this.em.flush();
    await this.jobs.add('package.import', { importId: row.id }, { jobId: `package-import-${row.id}` });
    return row;
  }

  async one(viewer: Viewer, id: string): Promise<PackageImport> {
    const row = await this.em.findOne(PackageImport, { id, uploadedBy: viewer.userId });
    if (!row) throw notFound('That upload');
    return row;
  }

  mine(viewer: Viewer): Promise<PackageImport[]> {
    if (!mayImportPackages(viewer)) throw forbidden();
    return this.em.find(PackageImport, { uploadedBy: viewer.userId }, { orderBy: { createdAt: 'desc' }, limit: 50 });
  }
}
