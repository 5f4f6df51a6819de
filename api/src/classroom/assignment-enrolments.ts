import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * Enrols a class's students in its live assignments, in one statement: the newest course version, the
 * class's organisation and the assignment as context. A student already enrolled keeps their enrolment
 * (and progress); it only gains the assignment if it had none, or only a withdrawn one.
 */
@Injectable()
export class AssignmentEnrolments {
  /** Every live assignment for these students (late joiners, new accounts). */
  enrolStudents(em: EntityManager, classroomId: string, userIds: readonly string[]): Promise<void> {
    if (!userIds.length) return Promise.resolve();
    return this.run(em, 'c.id = ? and s.user_id = any(?::uuid[])', [classroomId, `{${userIds.join(',')}}`]);
  }

  /** Every student of the class for one assignment (just assigned, or brought back). */
  enrolAssignment(em: EntityManager, assignmentId: string): Promise<void> {
    return this.run(em, 'a.id = ?', [assignmentId]);
  }

  private async run(em: EntityManager, where: string, params: unknown[]): Promise<void> {
    await em.getConnection().execute(
      `insert into enrolment (id, user_id, course_id, course_version_id, organisation_id, classroom_id, assignment_id, enrolled_at)
       select gen_random_uuid(), s.user_id, a.course_id,
              (select v.id from course_version v where v.course_id = a.course_id order by v.version desc limit 1),
              c.organisation_id, c.id, a.id, now()
         from assignment a
         join classroom c on c.id = a.classroom_id
         join classroom_student s on s.classroom_id = c.id
        where a.withdrawn_at is null and ${where}
       on conflict (user_id, course_id) do update
          set classroom_id = excluded.classroom_id, assignment_id = excluded.assignment_id
        where enrolment.assignment_id is null
           or exists (select 1 from assignment w where w.id = enrolment.assignment_id and w.withdrawn_at is not null)`,
      params,
      'run',
      em.getTransactionContext(),
    );
  }
}
