import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allUnits } from '../course/course-content.js';
import { CourseService } from '../course/course.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { doneUnits, unitStates } from './unit-progress.js';

/** The course completion rule, and what follows a completion. */
@Injectable()
export class CompletionService {
  constructor(
    private readonly courses: CourseService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Marks the enrolment completed when every unit of its course version is complete. Called after a
   * unit's completing commit has been stored; of several such commits racing, the guarded update lets
   * exactly one return true, and the last one to count sees all the others.
   */
  async evaluate(em: EntityManager, enrolmentId: string, courseVersionId: string): Promise<boolean> {
    const content = await this.courses.content(courseVersionId);
    const attempts = await em
      .getConnection()
      .execute<{ unitId: string; completionStatus: string; successStatus: string }[]>(
        `select unit_id as "unitId", completion_status as "completionStatus", success_status as "successStatus" from attempt where enrolment_id = ?`,
        [enrolmentId],
      );
    if (doneUnits(content, unitStates(attempts)).size < allUnits(content).length) return false;
    const updated = await em
      .getConnection()
      .execute(`update enrolment set completed_at = now() where id = ? and completed_at is null`, [enrolmentId], 'run');
    return (updated as { affectedRows?: number }).affectedRows === 1;
  }

  /** Queues the certificate; the job id makes a second request for the same enrolment a no-op. */
  requestCertificate(enrolmentId: string): Promise<void> {
    return this.jobs.add('certificate.issue', { enrolmentId }, { jobId: `certificate-issue-${enrolmentId}` });
  }
}
