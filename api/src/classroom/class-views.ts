import { formatCode, joinUrl } from './class-codes.js';
import type { Assignment } from './assignment.entity.js';
import type { Classroom } from './classroom.entity.js';
import type { AssignmentView, ClassroomView } from './classroom.types.js';

export const isJoinable = (c: Classroom, now = Date.now()) =>
  c.joinOpen && !c.archivedAt && (!c.joinCodeExpiresAt || c.joinCodeExpiresAt.getTime() > now);

export const isOverdue = (dueAt: Date | null | undefined, done: boolean, now = Date.now()) => !done && !!dueAt && dueAt.getTime() < now;

/** A class for its teachers (codes included) or for a partner admin (codes left out: they do not run it). */
export function classroomView(c: Classroom, canManage: boolean, studentCount: number, webUrl: string): ClassroomView {
  return {
    id: c.id,
    name: c.name,
    term: c.term,
    grade: c.grade ?? null,
    organisationId: c.organisation.id,
    organisationName: c.organisation.name,
    archivedAt: c.archivedAt ?? null,
    canManage,
    signInCode: canManage ? formatCode(c.signInCode) : null,
    joinCode: canManage ? formatCode(c.joinCode) : null,
    joinUrl: canManage ? joinUrl(webUrl, c.joinCode) : null,
    joinOpen: c.joinOpen,
    joinCodeExpiresAt: c.joinCodeExpiresAt ?? null,
    joinable: isJoinable(c),
    studentCount,
  };
}

export function assignmentView(a: Assignment, courseTitle: string): AssignmentView {
  return {
    id: a.id,
    classId: a.classroom.id,
    courseId: a.course.id,
    courseTitle,
    dueAt: a.dueAt ?? null,
    note: a.note ?? null,
    assignedAt: a.assignedAt,
    overdue: isOverdue(a.dueAt, false),
  };
}
