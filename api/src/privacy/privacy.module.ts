import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyResolver } from './privacy.resolver.js';

/** A person's own data: download it all, or delete the account. */
@Module({
  imports: [AuthModule, AccountModule],
  controllers: [PrivacyController],
  providers: [AccountDeletionService, PrivacyResolver],
})
export class PrivacyModule {}
