import { Module } from '@nestjs/common';
import { SecondFactorService } from './second-factor.service.js';

/** The second factor itself, used by log-in (auth/), enrolment (mfa.module) and the admin's reset. */
@Module({ providers: [SecondFactorService], exports: [SecondFactorService] })
export class SecondFactorModule {}
