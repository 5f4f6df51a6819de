/**
 * The api's one public entry for the worker process: the modules it runs on and the job handlers it
 * wires to the queue. The worker imports nothing else of the api.
 */
import { Module } from '@nestjs/common';
import { coreModules } from './app.module.js';
import { CertificateRenderer } from './certificate/certificate-pdf.js';
import { CourseModule } from './course/course.module.js';
import { OutboxRelay } from './events/outbox-relay.js';
import { JobHandlers } from './jobs/job-handlers.js';
import { MailModule } from './mail/mail.module.js';
import { TypstPdf } from './pdf/typst-pdf.js';
import { PdfModule } from './pdf/pdf.module.js';
import { CompletionService } from './progress/completion.service.js';

export { ENV, InvalidEnvironmentError, loadEnv, type Env } from './config/env.js';
export { recurringJobs, JobHandlers } from './jobs/job-handlers.js';
export { bullConnection, QUEUE_NAME } from './jobs/job-map.js';
export { JobQueue } from './jobs/job-queue.js';

/** Everything the worker needs of the api: configuration, database, queue, storage, courses, mail, handlers, the outbox relay. */
@Module({
  imports: [...coreModules, CourseModule, MailModule, PdfModule],
  // The renderer's Typst engine checks its font files when the worker starts (a missing one stops it there)
  // and loads them with the first certificate.
  providers: [
    JobHandlers,
    CompletionService,
    OutboxRelay,
    { provide: CertificateRenderer, useFactory: (typst: TypstPdf) => new CertificateRenderer(typst), inject: [TypstPdf] },
  ],
  exports: [JobHandlers],
})
export class WorkerCoreModule {}
