import { Module } from '@nestjs/common';
import { SecondFactorModule } from '../mfa/second-factor.module.js';
import { APP_GUARD } from '@nestjs/core';
import { AccountRequestLimiter } from './account-request-limiter.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [SecondFactorModule],
  providers: [
    SessionService,
    AuthService,
    LoginRateLimiter,
    AccountRequestLimiter,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, AccountRequestLimiter],
})
export class AuthModule {}
