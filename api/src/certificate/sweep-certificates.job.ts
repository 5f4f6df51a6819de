import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../jobs/job-queue.js';

/** Queues (or retries) the certificate job of every completed enrolment that has no certificate. */
export async function sweepCertificates(em: EntityManager, jobs: JobQueue): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select e.id from enrolment e left join certificate c on c.enrolment_id = e.id
      where e.completed_at is not null and c.id is null limit 500`,
  );
  for (const { id } of rows) {
    const jobId = `certificate-issue-${id}`;
    const job = await jobs.queue.getJob(jobId);
    if (!job) await jobs.add('certificate.issue', { enrolmentId: id }, { jobId });
    else if (await job.isFailed()) await job.retry();
  }
  return rows.length;
}
