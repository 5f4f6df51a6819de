import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { formatCode } from '../classroom/class-codes.js';
import { ClassroomAccess } from '../classroom/classroom-access.js';
import { StudentAccountService } from '../classroom/student-accounts.service.js';
import { invalidInput } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { SignInCardsRenderer } from './sign-in-cards-pdf.js';
import { classSignInUrl } from './sign-in-cards-text.js';

const MAX_CARDS = 200;

/**
 * Sign-in cards. Personal codes are kept only as hashes, so a card cannot be printed again from what is
 * stored: printing makes new codes for the chosen students, in one transaction, and the PDF is their only
 * plain copy. Old cards of those students stop working (the page says so before the teacher prints).
 */
@Injectable()
export class SignInCardsService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClassroomAccess,
    private readonly students: StudentAccountService,
    private readonly renderer: SignInCardsRenderer,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Cards for the chosen students (all of the class's no-e-mail students when none are named). */
  async print(viewer: Viewer, classroomId: string, userIds: string[] | null): Promise<{ fileName: string; pdf: Buffer }> {
    if (userIds && userIds.length > MAX_CARDS)
      throw invalidInput('CARDS_TOO_MANY', `Print at most ${MAX_CARDS} cards at once.`, { max: MAX_CARDS });
    const { classroom, cards } = await this.em.transactional(async (em) => {
      const classroom = await this.access.writable(em, viewer, classroomId);
      const chosen = await this.noEmailStudents(em, classroom.id, userIds);
      if (chosen.length === 0) throw invalidInput('CARDS_NO_STUDENTS', 'There are no students without e-mail to print cards for.');
      const classCode = formatCode(classroom.signInCode);
      const cards = [];
      for (const userId of chosen) {
        const issued = await this.students.resetSignInCode(em, classroom, userId);
        cards.push({
          displayName: issued.displayName,
          classCode,
          personalCode: formatCode(issued.signInCode),
          signInUrl: classSignInUrl(this.env.WEB_URL, classroom.signInCode, issued.signInCode),
        });
      }
      return { classroom, cards };
    });
    const pdf = await this.renderer.render({ cards, className: classroom.name, locale: viewer.locale });
    return { fileName: `sign-in-cards-${classroom.signInCode}.pdf`, pdf };
  }

  /** The class's students without e-mail, in the order of the class list; named ids outside it are ignored. */
  private async noEmailStudents(em: EntityManager, classroomId: string, userIds: string[] | null): Promise<string[]> {
    const rows = await em.getConnection().execute<{ user_id: string }[]>(
      `select s.user_id from classroom_student s join app_user u on u.id = s.user_id
        where s.classroom_id = ? and u.email is null ${userIds ? 'and s.user_id = any(?::uuid[])' : ''}
        order by u.display_name, s.user_id`,
      userIds ? [classroomId, `{${userIds.join(',')}}`] : [classroomId],
      'all',
      em.getTransactionContext(),
    );
    return rows.map((r) => r.user_id);
  }
}
