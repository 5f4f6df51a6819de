import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput } from '../common/domain-error.js';
import { formatCode } from './class-codes.js';
import { ClassroomAccess } from './classroom-access.js';
import type { IssuedSignInCodeView } from './classroom.types.js';
import { type IssuedSignInCode, StudentAccountService } from './student-accounts.service.js';

/** Most names added in one go from the class page (a roster file is the way for more). */
export const MAX_NAMES_AT_ONCE = 60;

const shown = (issued: IssuedSignInCode): IssuedSignInCodeView => ({
  studentId: issued.userId,
  displayName: issued.displayName,
  signInCode: formatCode(issued.signInCode),
});

/** A teacher managing the students of their class; each change in one transaction, after the access check. */
@Injectable()
export class ClassStudentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly students: StudentAccountService,
  ) {}

  /** Names typed one per line; blank lines are skipped, and any bad name refuses the lot. */
  addByName(viewer: Viewer, classroomId: string, names: string[]): Promise<IssuedSignInCodeView[]> {
    const given = names.map((n) => n.trim()).filter(Boolean);
    if (!given.length) throw invalidInput('STUDENT_NAME_MISSING', 'Please enter a name for each student.');
    if (given.length > MAX_NAMES_AT_ONCE)
      throw invalidInput('TOO_MANY_NAMES', `Please add at most ${MAX_NAMES_AT_ONCE} students at once.`, { max: MAX_NAMES_AT_ONCE });
    return this.em.fork().transactional(async (em) => {
      const classroom = await this.access.writable(em, viewer, classroomId);
      const issued = await this.students.addNamedStudents(
        em,
        classroom,
        given.map((displayName) => ({ displayName })),
      );
      return issued.map(shown);
    });
  }

  resetCode(viewer: Viewer, classroomId: string, studentId: string): Promise<IssuedSignInCodeView> {
    return this.em.fork().transactional(async (em) => {
      const classroom = await this.access.writable(em, viewer, classroomId);
      return shown(await this.students.resetSignInCode(em, classroom, studentId));
    });
  }

  rename(viewer: Viewer, classroomId: string, studentId: string, displayName: string): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      await this.students.rename(em, await this.access.writable(em, viewer, classroomId), studentId, displayName);
      return true;
    });
  }

  remove(viewer: Viewer, classroomId: string, studentId: string): Promise<boolean> {
    return this.em.fork().transactional(async (em) => {
      await this.students.remove(em, await this.access.writable(em, viewer, classroomId), studentId);
      return true;
    });
  }
}
