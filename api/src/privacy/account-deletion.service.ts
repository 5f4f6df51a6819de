import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PasswordService } from '../account/password.service.js';
import { User } from '../account/user.entity.js';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { revokeHolderCertificates } from '../certificate/certificate-revocation.js';
import { invalidInput } from '../common/domain-error.js';

/**
 * Deletes a person's account and everything that hangs off it (memberships, classes, sessions, courses,
 * recorded state, reflections, certificates: the foreign keys cascade), in one transaction, after asking
 * for their password again. Their certificates' codes are kept alone, so verification answers "revoked by
 * its holder". Accounts a teacher made for a class (no password) are removed by the teacher instead.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  async deleteOwn(viewer: Viewer, password: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const user = await em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] });
      if (!user.passwordHash)
        throw invalidInput('DELETION_BY_TEACHER', 'Accounts made by a teacher for a class are removed by the teacher.');
      await this.passwords.assertOwnPassword(em, viewer.userId, password);
      await revokeHolderCertificates(em, user.id);
      await this.sessions.endAllFor(user.id, em);
      await em.nativeDelete(User, { id: user.id });
    });
  }
}
