import { tmpdir } from 'node:os';
import { Global, Module } from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import type { PackageStorage } from './package-storage.js';

/** Injection token for the configured PackageStorage. */
export const PACKAGE_STORAGE = Symbol('PACKAGE_STORAGE');

/**
 * The storage the environment configures; also used by the command line (publishing course media). The
 * S3 client (the AWS SDK, some 6 MB of the api's heap) is loaded only where it is the configured driver.
 */
export async function storageFor(env: Env): Promise<PackageStorage> {
  if (env.STORAGE_DRIVER !== 's3') return new LocalDiskStorage(env.STORAGE_DIR);
  // loadEnv already refuses this; checked again so that the bucket's type needs no assertion.
  if (!env.S3_BUCKET) throw new Error('STORAGE_DRIVER=s3 needs S3_BUCKET');
  const { S3Storage } = await import('./s3-storage.js');
  return new S3Storage({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    tempDir: tmpdir(),
  });
}

@Global()
@Module({
  providers: [{ provide: PACKAGE_STORAGE, inject: [ENV], useFactory: storageFor }],
  exports: [PACKAGE_STORAGE],
})
export class StorageModule {}
