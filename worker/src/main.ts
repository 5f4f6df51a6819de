import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidEnvironmentError, loadEnv } from '@kinship/api/worker-entry';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

async function bootstrap() {
  loadEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM and SIGINT close the BullMQ worker (running jobs finish) and the database pool.
  app.enableShutdownHooks();
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});
