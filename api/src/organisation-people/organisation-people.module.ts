import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { OrganisationPeopleResolver } from './organisation-people.resolver.js';
import { OrganisationPeopleService } from './organisation-people.service.js';

@Module({ imports: [AuthModule, AuditModule], providers: [OrganisationPeopleService, OrganisationPeopleResolver] })
export class OrganisationPeopleModule {}
