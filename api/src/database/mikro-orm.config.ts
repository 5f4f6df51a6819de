import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig } from '@mikro-orm/postgresql';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from '../config/env.js';
import { entities } from './entities.js';

const here = dirname(fileURLToPath(import.meta.url));

export function ormConfig(databaseUrl = loadEnv().DATABASE_URL) {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      // Run from the compiled files; `cli.js migration:create` generates into the sources instead.
      path: join(here, '..', 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotOnMigrate: false,
      snapshotName: '.snapshot',
      emit: 'ts',
    },
    pool: { min: 0, max: 20 },
    debug: false,
  });
}

export default ormConfig();
