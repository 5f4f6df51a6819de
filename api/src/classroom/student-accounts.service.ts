import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Membership } from '../account/membership.entity.js';
import { hashPassword } from '../account/password.js';
import { User } from '../account/user.entity.js';
import { SessionService } from '../auth/session.service.js';
import { invalidInput, notFound } from '../common/domain-error.js';
import { checkVisibleName } from '../common/visible-name.js';
import { AssignmentEnrolments } from './assignment-enrolments.js';
import { PERSONAL_CODE_LENGTH, randomCode, signInKeyOf } from './class-codes.js';
import { ClassroomStudent, type StudentSource } from './classroom-student.entity.js';
import type { Classroom } from './classroom.entity.js';

export const MAX_DISPLAY_NAME = 80;

/** A student to add by name only; `externalId` is a roster's own id for them. */
export interface NamedStudent {
  displayName: string;
  externalId?: string | null;
}

/** A student just added, with the personal sign-in code to print or show once: only its hash is kept. */
export interface IssuedSignInCode {
  userId: string;
  displayName: string;
  signInCode: string;
}

/** "Maya K.": the default display name, so that a class list never needs a full surname. */
export function defaultDisplayName(firstName: string, lastName = ''): string {
  const initial = lastName.trim().charAt(0).toLocaleUpperCase();
  return [firstName.trim(), initial && `${initial}.`].filter(Boolean).join(' ');
}

/** A student's name as a teacher typed it, checked as every shown name is (common/visible-name.ts). */
export function checkDisplayName(name: string): string {
  const checked = checkVisibleName(name, MAX_DISPLAY_NAME);
  if (checked.ok) return checked.value;
  if (checked.problem === 'EMPTY') throw invalidInput('STUDENT_NAME_MISSING', 'Please enter a name for each student.');
  if (checked.problem === 'TOO_LONG')
    throw invalidInput('STUDENT_NAME_TOO_LONG', `Please keep each name under ${MAX_DISPLAY_NAME} characters.`, { max: MAX_DISPLAY_NAME });
  throw invalidInput('NAME_INVISIBLE_OR_CONTROL', 'Names may not contain control, direction-changing or invisible characters.');
}

/**
 * Students in classes: accounts without e-mail made by a teacher, and anyone who joins. Every method
 * takes the caller's EntityManager, so that a roster import runs it inside its own transaction; none of
 * them checks who asks (the callers have, with ClassroomAccess).
 */
@Injectable()
export class StudentAccountService {
  constructor(
    private readonly sessions: SessionService,
    private readonly enrolments: AssignmentEnrolments,
  ) {}

  /**
   * Makes a no-e-mail account per name (a learner of the class's organisation), puts them in the class,
   * enrols them in its assignments and returns their personal codes. Nothing else is collected.
   */
  async addNamedStudents(
    em: EntityManager,
    classroom: Classroom,
    students: readonly NamedStudent[],
    source: StudentSource = 'teacher',
    // A roster import leaves codes to the cards (made when printed): 2,000 argon2id hashes would take a minute.
    { issueCodes = true }: { issueCodes?: boolean } = {},
  ): Promise<IssuedSignInCode[]> {
    const names = students.map((s) => ({ ...s, displayName: checkDisplayName(s.displayName) }));
    const none = { code: '', key: null, hash: null };
    const codes = await Promise.all(names.map(() => (issueCodes ? issueCode() : Promise.resolve(none))));
    const issued = names.map((student, i) => {
      const user = em.create(User, {
        email: null,
        passwordHash: null,
        displayName: student.displayName,
        signInKey: codes[i]!.key,
        signInCodeHash: codes[i]!.hash,
      });
      em.create(Membership, { user, organisation: classroom.organisation, role: 'learner' });
      em.create(ClassroomStudent, { classroom, user, source, externalId: student.externalId ?? null });
      return { userId: user.id, displayName: student.displayName, signInCode: codes[i]!.code };
    });
    await em.flush();
    await this.enrolments.enrolStudents(
      em,
      classroom.id,
      issued.map((s) => s.userId),
    );
    return issued;
  }

  /** Puts an existing account in the class (join code, roster with e-mail) and enrols it in the assignments; idempotent. */
  async addMember(em: EntityManager, classroom: Classroom, userId: string, source: StudentSource, externalId?: string | null) {
    // An entity (not a plain object), so that its defaults (joinedAt) are written too.
    const row = em.create(
      ClassroomStudent,
      { classroom: classroom.id, user: userId, source, externalId: externalId ?? null },
      { persist: false },
    );
    await em.upsert(row, undefined, { onConflictFields: ['classroom', 'user'], onConflictAction: 'ignore' });
    await this.enrolments.enrolStudents(em, classroom.id, [userId]);
  }

  /** A new personal code for a no-e-mail student of this class: the old one stops working and their sessions end. */
  async resetSignInCode(em: EntityManager, classroom: Classroom, userId: string): Promise<IssuedSignInCode> {
    const user = await this.noEmailStudentOf(em, classroom, userId);
    const code = await issueCode();
    user.signInKey = code.key;
    user.signInCodeHash = code.hash;
    await em.flush();
    await this.sessions.endAllFor(user.id, em);
    return { userId: user.id, displayName: user.displayName, signInCode: code.code };
  }

  async rename(em: EntityManager, classroom: Classroom, userId: string, displayName: string): Promise<void> {
    const user = await this.noEmailStudentOf(em, classroom, userId);
    user.displayName = checkDisplayName(displayName);
    await em.flush();
  }

  /** Takes a student out of the class; their account, enrolments and progress stay. */
  async remove(em: EntityManager, classroom: Classroom, userId: string): Promise<void> {
    const removed = await em.nativeDelete(ClassroomStudent, { classroom: classroom.id, user: userId });
    if (!removed) throw notFound('That student');
  }

  /** Only a teacher's own no-e-mail students can be renamed or given codes; anyone else is "not found". */
  private async noEmailStudentOf(em: EntityManager, classroom: Classroom, userId: string): Promise<User> {
    const row = await em.findOne(ClassroomStudent, { classroom: classroom.id, user: userId }, { populate: ['user'] });
    if (!row || row.user.email) throw notFound('That student');
    return row.user;
  }
}

async function issueCode() {
  const code = randomCode(PERSONAL_CODE_LENGTH);
  return { code, key: signInKeyOf(code), hash: await hashPassword(code) };
}
