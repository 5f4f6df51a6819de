import { Module } from '@nestjs/common';
import { ClassroomModule } from '../classroom/classroom.module.js';
import { RosterController } from './roster.controller.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterResolver } from './roster.resolver.js';
import { SignInCardsService } from './sign-in-cards.service.js';

@Module({
  imports: [ClassroomModule],
  providers: [RosterImportService, RosterResolver, SignInCardsService],
  controllers: [RosterController],
})
export class RosterModule {}
