import { Module } from '@nestjs/common';
import { ClassroomModule } from '../classroom/classroom.module.js';
import { PdfModule } from '../pdf/pdf.module.js';
import { RosterController } from './roster.controller.js';
import { RosterImportService } from './roster-import.service.js';
import { RosterResolver } from './roster.resolver.js';
import { SignInCardsRenderer } from './sign-in-cards-pdf.js';
import { SignInCardsService } from './sign-in-cards.service.js';

@Module({
  imports: [ClassroomModule, PdfModule],
  providers: [RosterImportService, RosterResolver, SignInCardsService, SignInCardsRenderer],
  controllers: [RosterController],
})
export class RosterModule {}
