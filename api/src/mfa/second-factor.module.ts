import { Module } from '@nestjs/common';
import { PasskeyService } from './passkey.service.js';
import { SecondFactorService } from './second-factor.service.js';

/** The second factor itself, used by log-in (auth/), enrolment (mfa.module) and the admin's reset. */
@Module({ providers: [SecondFactorService, PasskeyService], exports: [SecondFactorService, PasskeyService] })
export class SecondFactorModule {}
