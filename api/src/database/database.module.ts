import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ormConfig } from './mikro-orm.config.js';

/** MikroORM with a fresh EntityManager per request (its RequestContext middleware), never a global one. */
@Module({
  imports: [MikroOrmModule.forRoot({ ...ormConfig(), registerRequestContext: true })],
})
export class DatabaseModule {}
