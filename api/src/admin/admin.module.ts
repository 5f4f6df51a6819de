import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { SecondFactorModule } from '../mfa/second-factor.module.js';
import { AdminResolver } from './admin.resolver.js';
import { AdminService } from './admin.service.js';

@Module({ imports: [AuthModule, AuditModule, SecondFactorModule], providers: [AdminService, AdminResolver] })
export class AdminModule {}
