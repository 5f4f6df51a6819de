import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { mayManageClass, maySeeStudentNumbers } from '../access/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { ClassroomAccess } from '../classroom/classroom-access.js';
import { invalidInput } from '../common/domain-error.js';
import { allUnits, pickLocale, type CourseContent } from '../course/course-content.js';
import {
  attemptsOf,
  classStudents,
  enrolmentsOf,
  liveAssignments,
  sharedReflections,
  versionContents,
  type AssignmentRow,
  type AttemptRow,
  type EnrolmentRow,
  type StudentRow,
} from './class-progress-queries.js';
import type { ClassProgressQuery, ClassProgressView, MissedQuestionView, SharedReflectionView } from './class-progress.types.js';
import { GRID_SORTS, orderGrid, type GridSort } from './grid-order.js';
import { missedQuestions } from './missed-questions.js';
import { PROGRESS_STATUSES } from './progress-status.js';
import { buildGrid, courseTitle } from './progress-grid.js';

function unitTitles(content: CourseContent, locale: string): Map<string, string> {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  return new Map(allUnits(content).map((u) => [u.id, pickLocale(u.locales, served, content.sourceLocale).title]));
}

/** Question prompts of a check unit, for the "missed most" list. */
function prompts(content: CourseContent, locale: string): Map<string, string> {
  const served = content.locales.includes(locale) ? locale : content.sourceLocale;
  const map = new Map<string, string>();
  for (const unit of allUnits(content)) {
    const text = pickLocale(unit.locales, served, content.sourceLocale);
    if (text.type === 'check') for (const q of text.questions) map.set(`${unit.id}\n${q.id}`, q.prompt);
  }
  return map;
}

/**
 * The class progress grid for its teachers (and, read only, its organisation's partner admins). Every
 * status comes from the learner's own enrolment view; the reads are a fixed handful of statements.
 */
@Injectable()
export class ClassProgressService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
  ) {}

  async grid(viewer: Viewer, classroomId: string, query: ClassProgressQuery = {}): Promise<ClassProgressView> {
    const { classroom, scope } = await this.access.viewable(this.em, viewer, classroomId);
    const [students, assignments] = await Promise.all([classStudents(this.em, classroomId), liveAssignments(this.em, classroomId)]);
    const courseId = query.courseId ?? null;
    if (courseId && !assignments.some((a) => a.courseId === courseId))
      throw invalidInput('PROGRESS_COURSE_NOT_ASSIGNED', 'That course is not assigned to this class.');
    const loaded = await this.load(students, assignments, courseId);
    const { rows, units } = buildGrid({ students, assignments, ...loaded, locale: viewer.locale, now: new Date() }, courseId);
    const chosen = assignments.find((a) => a.courseId === courseId);
    return {
      classroomId,
      className: classroom.name,
      canManage: mayManageClass(viewer, scope),
      courses: assignments.map((a) => ({ courseId: a.courseId, title: courseTitle(a.content, viewer.locale), dueAt: a.dueAt })),
      courseId,
      units,
      rows: orderGrid(rows, {
        sort: GRID_SORTS.includes(query.sort as GridSort) ? (query.sort as GridSort) : 'name',
        descending: query.descending ?? false,
        status: PROGRESS_STATUSES.includes(query.status as never) ? query.status! : null,
        overdueOnly: query.overdueOnly ?? false,
        search: (query.search ?? '').slice(0, 80),
      }),
      studentCount: students.length,
      missedQuestions: chosen ? this.missed(chosen, loaded.attempts, viewer.locale) : [],
      sharedReflections: chosen ? await this.reflections(chosen, loaded.enrolments, students, viewer.locale) : [],
    };
  }

  /**
   * The class's student numbers (from its rosters) by student, for the CSV, or null for a viewer who may
   * not see them: the school's partner admins only, as in the organisation's report.
   */
  async studentNumbers(viewer: Viewer, classroomId: string): Promise<Map<string, string> | null> {
    const { scope } = await this.access.viewable(this.em, viewer, classroomId);
    if (!maySeeStudentNumbers(viewer, scope.organisationId)) return null;
    const rows = await this.em
      .getConnection()
      .execute<{ user_id: string; external_id: string }[]>(
        `select user_id, external_id from classroom_student where classroom_id = ? and external_id <> ''`,
        [classroomId],
      );
    return new Map(rows.map((r) => [r.user_id, r.external_id]));
  }

  private async load(students: StudentRow[], assignments: AssignmentRow[], courseId: string | null) {
    const enrolments = await enrolmentsOf(
      this.em,
      students.map((s) => s.userId),
      assignments.map((a) => a.courseId),
    );
    const [contents, attempts] = await Promise.all([
      versionContents(this.em, [...new Set(enrolments.map((e) => e.versionId))]),
      // CMI values (interactions) only for the course shown by unit; they are not needed otherwise.
      attemptsOf(
        this.em,
        enrolments.map((e) => e.id),
        courseId !== null,
      ),
    ]);
    return { enrolments, contents, attempts };
  }

  private missed(chosen: AssignmentRow, attempts: AttemptRow[], locale: string): MissedQuestionView[] {
    const checks = new Set(
      allUnits(chosen.content)
        .filter((u) => u.type === 'check')
        .map((u) => u.id),
    );
    const titles = unitTitles(chosen.content, locale);
    const texts = prompts(chosen.content, locale);
    return missedQuestions(
      attempts.map((a) => ({ unitId: a.unitId, cmi: a.cmi ?? {} })),
      checks,
    )
      .filter((q) => q.missed > 0)
      .map((q) => ({
        ...q,
        unitTitle: titles.get(q.unitId) ?? q.unitId,
        prompt: texts.get(`${q.unitId}\n${q.questionId}`) ?? q.questionId,
      }));
  }

  private async reflections(
    chosen: AssignmentRow,
    enrolments: EnrolmentRow[],
    students: StudentRow[],
    locale: string,
  ): Promise<SharedReflectionView[]> {
    const ofCourse = enrolments.filter((e) => e.courseId === chosen.courseId);
    const names = new Map(students.map((s) => [s.userId, s.displayName]));
    const owner = new Map(ofCourse.map((e) => [e.id, e.userId]));
    const titles = unitTitles(chosen.content, locale);
    const rows = await sharedReflections(
      this.em,
      ofCourse.map((e) => e.id),
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      unitTitle: titles.get(r.unit_id) ?? r.unit_id,
      displayName: names.get(owner.get(r.enrolment_id) ?? '') ?? '',
      text: r.text,
      updatedAt: r.updated_at,
    }));
  }
}
