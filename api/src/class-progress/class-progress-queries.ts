import type { EntityManager } from '@mikro-orm/postgresql';
import type { CourseContent } from '../course/course-content.js';
import type { CmiValues } from '../tracking/cmi.js';

/**
 * The grid's reads, written by hand so that a class costs the same few statements whatever its size:
 * students, live assignments with their newest content, enrolments with their pinned versions'
 * content, attempts, shared reflections. Never one query per student or per course.
 */
const run = <T>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;
// Raw statements hand back timestamps as the driver gives them (strings here): read them as dates once.
const date = (value: Date | string) => new Date(value);
const maybeDate = (value: Date | string | null) => (value === null ? null : new Date(value));
const texts = (ids: readonly string[]) => `{${ids.map((id) => `"${id.replace(/["\\]/g, '')}"`).join(',')}}`;

export interface StudentRow {
  userId: string;
  displayName: string;
}
export interface AssignmentRow {
  courseId: string;
  dueAt: Date | null;
  content: CourseContent;
}
export interface EnrolmentRow {
  id: string;
  userId: string;
  courseId: string;
  version: number;
  enrolledAt: Date;
  completedAt: Date | null;
  versionId: string;
}
export interface AttemptRow {
  enrolmentId: string;
  unitId: string;
  seq: number;
  completionStatus: string;
  successStatus: string;
  scoreScaled: number | null;
  totalSeconds: number;
  updatedAt: Date;
  cmi: CmiValues | null;
}

export async function classStudents(em: EntityManager, classroomId: string): Promise<StudentRow[]> {
  const rows = await run<{ id: string; display_name: string }>(
    em,
    `select u.id, u.display_name from classroom_student s join app_user u on u.id = s.user_id
      where s.classroom_id = ? order by lower(u.display_name), u.id`,
    [classroomId],
  );
  return rows.map((r) => ({ userId: r.id, displayName: r.display_name }));
}

/** Live assignments, each with its course's newest version (for titles and the unit columns). */
export async function liveAssignments(em: EntityManager, classroomId: string): Promise<AssignmentRow[]> {
  const rows = await run<{ course_id: string; due_at: Date | string | null; content: CourseContent }>(
    em,
    `select a.course_id, a.due_at,
            (select v.content from course_version v where v.course_id = a.course_id order by v.version desc limit 1) as content
       from assignment a where a.classroom_id = ? and a.withdrawn_at is null
      order by a.due_at nulls last, a.assigned_at`,
    [classroomId],
  );
  return rows.map((r) => ({ courseId: r.course_id, dueAt: maybeDate(r.due_at), content: r.content }));
}

export async function enrolmentsOf(em: EntityManager, userIds: string[], courseIds: string[]): Promise<EnrolmentRow[]> {
  if (!userIds.length || !courseIds.length) return [];
  const rows = await run<{
    id: string;
    user_id: string;
    course_id: string;
    version: number;
    enrolled_at: Date | string;
    completed_at: Date | string | null;
    course_version_id: string;
  }>(
    em,
    `select e.id, e.user_id, e.course_id, v.version, e.enrolled_at, e.completed_at, e.course_version_id
       from enrolment e join course_version v on v.id = e.course_version_id
      where e.user_id = any(?::uuid[]) and e.course_id = any(?::text[])`,
    [uuids(userIds), texts(courseIds)],
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    courseId: r.course_id,
    version: r.version,
    enrolledAt: date(r.enrolled_at),
    completedAt: maybeDate(r.completed_at),
    versionId: r.course_version_id,
  }));
}

/** The content of each pinned version, once per version however many students are on it. */
export async function versionContents(em: EntityManager, versionIds: string[]): Promise<Map<string, CourseContent>> {
  if (!versionIds.length) return new Map();
  const rows = await run<{ id: string; content: CourseContent }>(em, `select id, content from course_version where id = any(?::uuid[])`, [
    uuids(versionIds),
  ]);
  return new Map(rows.map((r) => [r.id, r.content]));
}

/** Attempts of these enrolments; the CMI values (for missed questions) only when asked. */
export async function attemptsOf(em: EntityManager, enrolmentIds: string[], withCmi: boolean): Promise<AttemptRow[]> {
  if (!enrolmentIds.length) return [];
  const rows = await run<{
    enrolment_id: string;
    unit_id: string;
    seq: number;
    completion_status: string;
    success_status: string;
    score_scaled: number | null;
    total_seconds: number;
    updated_at: Date | string;
    cmi: CmiValues | null;
  }>(
    em,
    `select enrolment_id, unit_id, seq, completion_status, success_status, score_scaled, total_seconds, updated_at,
            ${withCmi ? 'cmi' : 'null as cmi'}
       from attempt where enrolment_id = any(?::uuid[]) order by updated_at desc`,
    [uuids(enrolmentIds)],
  );
  return rows.map((r) => ({
    enrolmentId: r.enrolment_id,
    unitId: r.unit_id,
    seq: r.seq,
    completionStatus: r.completion_status,
    successStatus: r.success_status,
    scoreScaled: r.score_scaled,
    totalSeconds: r.total_seconds,
    updatedAt: date(r.updated_at),
    cmi: r.cmi,
  }));
}

export async function sharedReflections(em: EntityManager, enrolmentIds: string[]) {
  if (!enrolmentIds.length) return [];
  const rows = await run<{ enrolment_id: string; unit_id: string; text: string; updated_at: Date | string }>(
    em,
    `select a.enrolment_id, a.unit_id, r.text, r.updated_at
       from reflection r join attempt a on a.id = r.attempt_id
      where r.shared_with_teacher and a.enrolment_id = any(?::uuid[]) order by r.updated_at desc`,
    [uuids(enrolmentIds)],
  );
  return rows.map((r) => ({ ...r, updated_at: date(r.updated_at) }));
}
