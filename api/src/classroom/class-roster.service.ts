import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { CourseService } from '../course/course.service.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { enrolmentView } from '../progress/enrolment-view.js';
import { Attempt } from '../tracking/attempt.entity.js';
import { Assignment } from './assignment.entity.js';
import { ClassroomAccess } from './classroom-access.js';
import { ClassroomStudent } from './classroom-student.entity.js';
import { type ClassStudentView, type StudentAssignmentProgressView, StudentProgressStatus } from './classroom.types.js';

/**
 * The students of a class with where each stands in each live assignment. Progress comes from the
 * learner's own enrolment view (progress/enrolment-view.ts, the unit kinds' done rule), never recounted.
 * Four queries whatever the class size: students, assignments, enrolments, attempts.
 */
@Injectable()
export class ClassRosterService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly courses: CourseService,
  ) {}

  async students(viewer: Viewer, classroomId: string, locale: string): Promise<ClassStudentView[]> {
    const em = this.em.fork();
    await this.access.viewable(em, viewer, classroomId);
    const [rows, assignments] = await Promise.all([
      em.find(ClassroomStudent, { classroom: classroomId }, { populate: ['user'], orderBy: { user: { displayName: 'asc' } } }),
      em.find(Assignment, { classroom: classroomId, withdrawnAt: null }),
    ]);
    const progress = await this.progress(
      em,
      rows.map((r) => r.user.id),
      assignments,
      locale,
    );
    return rows.map((row) => ({
      id: row.user.id,
      displayName: row.user.displayName,
      usesClassSignIn: !row.user.email,
      source: row.source,
      joinedAt: row.joinedAt,
      progress: assignments.map((a) => progress.get(`${row.user.id}|${a.course.id}`) ?? notStarted(a.id)),
    }));
  }

  private async progress(em: EntityManager, userIds: string[], assignments: Assignment[], locale: string) {
    const byKey = new Map<string, StudentAssignmentProgressView>();
    if (!userIds.length || !assignments.length) return byKey;
    const enrolments = await em.find(
      Enrolment,
      { user: userIds, course: assignments.map((a) => a.course.id) },
      { populate: ['courseVersion'] },
    );
    const attempts = enrolments.length
      ? await em.find(Attempt, { enrolment: enrolments.map((e) => e.id) }, { orderBy: { updatedAt: 'desc' } })
      : [];
    const assignmentOf = new Map(assignments.map((a) => [a.course.id, a.id]));
    for (const enrolment of enrolments) {
      const own = attempts.filter((a) => a.enrolment.id === enrolment.id);
      const view = enrolmentView(enrolment, await this.courses.content(enrolment.courseVersion.id), own, locale, null);
      const status = view.completedAt
        ? StudentProgressStatus.completed
        : own.some((a) => a.seq > 0)
          ? StudentProgressStatus.in_progress
          : StudentProgressStatus.not_started;
      byKey.set(`${enrolment.user.id}|${enrolment.course.id}`, {
        assignmentId: assignmentOf.get(enrolment.course.id)!,
        status,
        completedUnits: view.completedUnits,
        totalUnits: view.totalUnits,
      });
    }
    return byKey;
  }
}

const notStarted = (assignmentId: string): StudentAssignmentProgressView => ({
  assignmentId,
  status: StudentProgressStatus.not_started,
  completedUnits: 0,
  totalUnits: 0,
});
