import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AccountSessionsService } from './account-sessions.service.js';
import { AccountResolver } from './account.resolver.js';
import { EmailAddressService } from './email-address.service.js';
import { LanguageService } from './language.service.js';
import { InvitationService } from './invitation.service.js';
import { PasswordService } from './password.service.js';

/** Account management: passwords, e-mail addresses, my sessions, invitations. */
@Module({
  imports: [AuthModule],
  providers: [PasswordService, EmailAddressService, AccountSessionsService, InvitationService, LanguageService, AccountResolver],
  exports: [PasswordService],
})
export class AccountModule {}
