import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allUnits } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import type { Enrolment } from '../enrolment/enrolment.entity.js';
import { JobQueue } from '../jobs/job-queue.js';

/** The course completion rule, and what follows a completion. */
@Injectable()
export class CompletionService {
  constructor(
    private readonly courses: CourseService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Marks the enrolment completed when every unit of its course version is complete. Runs inside the
   * commit's transaction; returns true only for the commit that completed the course.
   */
  async evaluate(tx: EntityManager, enrolment: Enrolment): Promise<boolean> {
    const content = await this.courses.content(enrolment.courseVersion.id);
    const unitIds = allUnits(content).map((u) => u.id);
    const [row] = await tx.getConnection().execute<{ done: string }[]>(
      `select count(*) as done from attempt
        where enrolment_id = ? and unit_id in (?) and (completion_status = 'completed' or success_status = 'passed')`,
      [enrolment.id, unitIds],
      'all',
      tx.getTransactionContext(),
    );
    if (Number(row?.done ?? 0) < unitIds.length) return false;
    const updated = await tx
      .getConnection()
      .execute(
        `update enrolment set completed_at = now() where id = ? and completed_at is null`,
        [enrolment.id],
        'run',
        tx.getTransactionContext(),
      );
    return (updated as { affectedRows?: number }).affectedRows === 1;
  }

  /** Queues the certificate; the job id makes a second request for the same enrolment a no-op. */
  requestCertificate(enrolmentId: string): Promise<void> {
    return this.jobs.add('certificate.issue', { enrolmentId }, { jobId: `certificate-issue-${enrolmentId}` });
  }
}
