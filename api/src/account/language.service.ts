import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SessionService } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import { invalidInput } from '../common/domain-error.js';
import { INTERFACE_LOCALES, isInterfaceLocale, type InterfaceLocale } from './interface-locales.js';
import { User } from './user.entity.js';

/** The language a person chose for the interface, kept with the account for every device and every mail. */
@Injectable()
export class LanguageService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
  ) {}

  async choose(viewer: Viewer, locale: string): Promise<InterfaceLocale> {
    if (!isInterfaceLocale(locale)) {
      throw invalidInput('LOCALE_UNKNOWN', `Choose one of: ${INTERFACE_LOCALES.join(', ')}.`);
    }
    await this.em.fork().nativeUpdate(User, { id: viewer.userId }, { locale });
    // Cached viewers carry the old language; the next page must already speak the new one.
    this.sessions.forgetViewer(viewer.userId);
    return locale;
  }
}
