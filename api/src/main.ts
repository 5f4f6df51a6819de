import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { InvalidEnvironmentError, loadEnv } from './config/env.js';
import { ContentServer } from './scorm/content/content-server.js';
import { commitRoute } from './progress/commit-route.js';

async function bootstrap() {
  const env = loadEnv();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // The web server forwards the learner's address, for login rate limits.
  app.set('trust proxy', env.TRUST_PROXY);
  app.disable('x-powered-by');
  // Mounted before the framework's own middleware (added when the app initialises), see commit-route.ts.
  app.use('/tracking/commits', commitRoute(app));
  app.enableShutdownHooks();
  await app.listen(env.API_PORT, env.API_HOST);
  // SCORM packages are served from their own origin, on a port of their own.
  await app.get(ContentServer).listen();
  app.get(Logger).log(`api listening on http://${env.API_HOST}:${env.API_PORT} (GraphQL at /graphql, health at /health)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
