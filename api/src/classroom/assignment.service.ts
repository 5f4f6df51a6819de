import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { CourseService } from '../course/course.service.js';
import { AssignmentEnrolments } from './assignment-enrolments.js';
import { Assignment } from './assignment.entity.js';
import { ClassroomAccess } from './classroom-access.js';

export const MAX_NOTE = 500;

export interface AssignmentTerms {
  dueAt?: Date | null;
  note?: string | null;
}

function checkNote(note: string | null | undefined): string | null {
  const trimmed = (note ?? '').trim();
  if (trimmed.length > MAX_NOTE)
    throw invalidInput('ASSIGNMENT_NOTE_TOO_LONG', `Please keep the note under ${MAX_NOTE} characters.`, { max: MAX_NOTE });
  return trimmed || null;
}

/** Courses given to classes: each student is enrolled in the newest version, late joiners too. */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly courses: CourseService,
    private readonly enrolments: AssignmentEnrolments,
  ) {}

  /** Assigns a course (again, if it was withdrawn) and enrols every student of the class, in one transaction. */
  async assign(viewer: Viewer, classroomId: string, courseId: string, terms: AssignmentTerms): Promise<Assignment> {
    const note = checkNote(terms.note);
    await this.courses.offeredVersionOf(courseId);
    return this.em.fork().transactional(async (em) => {
      const classroom = await this.access.writable(em, viewer, classroomId);
      let assignment = await em.findOne(Assignment, { classroom, course: courseId });
      if (assignment?.withdrawnAt === null) throw invalidInput('COURSE_ALREADY_ASSIGNED', 'This course is already assigned to the class.');
      assignment ??= em.create(Assignment, { classroom, course: courseId, assignedBy: viewer.userId });
      em.assign(assignment, { dueAt: terms.dueAt ?? null, note, withdrawnAt: null, assignedAt: new Date(), assignedBy: viewer.userId });
      await em.flush();
      await this.enrolments.enrolAssignment(em, assignment.id);
      return assignment;
    });
  }

  async update(viewer: Viewer, assignmentId: string, terms: AssignmentTerms): Promise<Assignment> {
    const note = checkNote(terms.note);
    const em = this.em.fork();
    const assignment = await this.ownAssignment(em, viewer, assignmentId);
    em.assign(assignment, { dueAt: terms.dueAt ?? null, note });
    await em.flush();
    return assignment;
  }

  /** Withdraws: students no longer see it as assigned, and keep their enrolment and progress. */
  async withdraw(viewer: Viewer, assignmentId: string): Promise<Assignment> {
    const em = this.em.fork();
    const assignment = await this.ownAssignment(em, viewer, assignmentId);
    assignment.withdrawnAt ??= new Date();
    await em.flush();
    return assignment;
  }

  /** The live assignments of a class the viewer may see, soonest due first. */
  async forClass(viewer: Viewer, classroomId: string): Promise<Assignment[]> {
    const em = this.em.fork();
    await this.access.viewable(em, viewer, classroomId);
    return em.find(Assignment, { classroom: classroomId, withdrawnAt: null }, { orderBy: { dueAt: 'asc nulls last', assignedAt: 'asc' } });
  }

  private async ownAssignment(em: EntityManager, viewer: Viewer, assignmentId: string): Promise<Assignment> {
    const assignment = await em.findOne(Assignment, { id: assignmentId, withdrawnAt: null });
    if (!assignment) throw notFound('That assignment');
    await this.access.writable(em, viewer, assignment.classroom.id);
    return assignment;
  }
}
