import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { hashPassword, verifyPassword } from '../account/password.js';
import { User } from '../account/user.entity.js';
import { SessionService } from '../auth/session.service.js';
import { DomainError } from '../common/domain-error.js';
import { CLASS_SIGN_IN_CODE_LENGTH, normaliseCode, PERSONAL_CODE_LENGTH, signInKeyOf } from './class-codes.js';
import { CodeGuessLimiter } from './code-guess-limiter.js';

const wrongCodes = () =>
  new DomainError('INVALID_CREDENTIALS', 'That class code and personal code do not match. Check your card.', {
    reason: 'CLASS_SIGN_IN_WRONG',
  });

/**
 * "Class sign-in" for students without e-mail: the class's sign-in code and their personal code. The
 * plain part of the personal code narrows the class to a student or two; the argon2id hash decides.
 * Failures are counted per class and address, like failed logins.
 */
@Injectable()
export class ClassSignInService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limiter: CodeGuessLimiter,
  ) {}

  async signIn(classCode: string, personalCode: string, address: string) {
    const classKey = normaliseCode(classCode);
    const code = normaliseCode(personalCode);
    await this.limiter.assertAllowed('class-sign-in', classKey, address);
    const user = await this.match(classKey, code);
    if (!user) {
      await this.limiter.recordFailure('class-sign-in', classKey, address);
      throw wrongCodes();
    }
    await this.limiter.recordSuccess('class-sign-in', classKey, address);
    return { user, session: await this.sessions.start(user) };
  }

  /** The no-e-mail student of a live class whose personal code this is, or null. */
  private async match(classKey: string, code: string): Promise<User | null> {
    const em = this.em.fork();
    const wellFormed = classKey.length === CLASS_SIGN_IN_CODE_LENGTH && code.length === PERSONAL_CODE_LENGTH;
    const candidates = wellFormed
      ? await em.getConnection().execute<{ id: string; hash: string }[]>(
          `select u.id, u.sign_in_code_hash as hash
             from classroom c
             join classroom_student s on s.classroom_id = c.id
             join app_user u on u.id = s.user_id
            where c.sign_in_code = ? and c.archived_at is null
              and u.email is null and u.sign_in_key = ? and u.sign_in_code_hash is not null`,
          [classKey, signInKeyOf(code)],
        )
      : [];
    // With no candidate, check a decoy anyway: the answer takes as long whether or not the class exists.
    if (!candidates.length) await verifyPassword(await decoyHash, code);
    for (const candidate of candidates) if (await verifyPassword(candidate.hash, code)) return em.getReference(User, candidate.id);
    return null;
  }
}

const decoyHash = hashPassword('decoy sign-in code');
