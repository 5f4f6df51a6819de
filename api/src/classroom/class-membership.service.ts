import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Membership } from '../account/membership.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { JOIN_CODE_LENGTH, normaliseCode } from './class-codes.js';
import { ClassroomStudent } from './classroom-student.entity.js';
import { Classroom } from './classroom.entity.js';
import { CodeGuessLimiter } from './code-guess-limiter.js';
import { StudentAccountService } from './student-accounts.service.js';

/** A learner's side of classes: joining by code, their classes, leaving one they joined. */
@Injectable()
export class ClassMembershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly students: StudentAccountService,
    private readonly limiter: CodeGuessLimiter,
  ) {}

  /**
   * Joins the class whose open join code this is. Wrong codes count against the learner and their
   * address; an expired or closed code says so (it was handed out, so saying so reveals nothing new).
   */
  async join(viewer: Viewer, typed: string, address: string): Promise<Classroom> {
    await this.limiter.assertAllowed('join', viewer.userId, address);
    const code = normaliseCode(typed);
    const classroom = code.length === JOIN_CODE_LENGTH ? await this.em.fork().findOne(Classroom, { joinCode: code }) : null;
    if (!classroom || classroom.archivedAt) {
      await this.limiter.recordFailure('join', viewer.userId, address);
      throw invalidInput('JOIN_CODE_UNKNOWN', 'That code does not match a class. Check it with your teacher.');
    }
    if (!classroom.joinOpen) throw invalidInput('JOIN_CODE_CLOSED', 'Your teacher has turned this code off. Ask them for a new one.');
    if (classroom.joinCodeExpiresAt && classroom.joinCodeExpiresAt.getTime() <= Date.now())
      throw invalidInput('JOIN_CODE_EXPIRED', 'This code has expired. Ask your teacher for a new one.');
    await this.limiter.recordSuccess('join', viewer.userId, address);
    await this.em.fork().transactional(async (em) => {
      await this.students.addMember(em, classroom, viewer.userId, 'join_code');
      await this.becomeLearnerOf(em, viewer, classroom);
    });
    return classroom;
  }

  /** Joining makes the learner one of the organisation's learners (what its reports and classes are scoped by). */
  private async becomeLearnerOf(em: EntityManager, viewer: Viewer, classroom: Classroom) {
    if (viewer.memberships.some((m) => m.organisationId === classroom.organisation.id)) return;
    const membership = em.create(
      Membership,
      { user: viewer.userId, organisation: classroom.organisation.id, role: 'learner' },
      { persist: false },
    );
    await em.upsert(membership, undefined, { onConflictFields: ['user', 'organisation', 'role'], onConflictAction: 'ignore' });
  }

  /** The viewer's classes that are not archived. */
  async mine(viewer: Viewer): Promise<{ classroom: Classroom; row: ClassroomStudent }[]> {
    const rows = await this.em
      .fork()
      .find(
        ClassroomStudent,
        { user: viewer.userId, classroom: { archivedAt: null } },
        { populate: ['classroom'], orderBy: { joinedAt: 'desc' } },
      );
    return rows.map((row) => ({ classroom: row.classroom, row }));
  }

  /** Leaves a class joined by code; classes a teacher put you in are left by asking the teacher. */
  async leave(viewer: Viewer, classroomId: string): Promise<boolean> {
    const em = this.em.fork();
    const row = await em.findOne(ClassroomStudent, { classroom: { id: classroomId, archivedAt: null }, user: viewer.userId });
    if (!row) throw notFound('That class');
    if (row.source !== 'join_code')
      throw invalidInput('CLASS_LEAVE_ASK_TEACHER', 'Your teacher added you to this class. Ask them if you need to leave it.');
    await em.remove(row).flush();
    return true;
  }
}
