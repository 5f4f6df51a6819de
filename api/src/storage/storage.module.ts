import { Global, Module } from '@nestjs/common';
import { ENV, type Env } from '../config/env.js';
import { LocalDiskStorage } from './local-disk-storage.js';

/** Injection token for the configured PackageStorage. */
export const PACKAGE_STORAGE = Symbol('PACKAGE_STORAGE');

@Global()
@Module({
  providers: [{ provide: PACKAGE_STORAGE, inject: [ENV], useFactory: (env: Env) => new LocalDiskStorage(env.STORAGE_DIR) }],
  exports: [PACKAGE_STORAGE],
})
export class StorageModule {}
