import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MfaResolver } from './mfa.resolver.js';
import { SecondFactorModule } from './second-factor.module.js';

/** The person's own two-step log-in settings (the second factor itself is in SecondFactorModule). */
@Module({ imports: [AuthModule, SecondFactorModule], providers: [MfaResolver] })
export class MfaModule {}
