import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allUnits, unitRule } from '../course/course-content.js';
import { isUnitComplete } from './cmi.js';
import { CourseService } from '../course/course.service.js';
import { JobQueue } from '../jobs/job-queue.js';

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
    const units = allUnits(content);
    const attempts = await em
      .getConnection()
      .execute<{ unit_id: string; completion_status: string; success_status: string }[]>(
        `select unit_id, completion_status, success_status from attempt where enrolment_id = ?`,
        [enrolmentId],
      );
    const done = new Set(
      attempts
        .filter((a) => {
          const unit = units.find((u) => u.id === a.unit_id);
          return unit && isUnitComplete(unitRule(unit), { completionStatus: a.completion_status, successStatus: a.success_status });
        })
        .map((a) => a.unit_id),
    );
    if (done.size < units.length) return false;
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
