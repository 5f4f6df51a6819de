import { Module } from '@nestjs/common';
import { ClassroomModule } from '../classroom/classroom.module.js';
import { ClassProgressController } from './class-progress.controller.js';
import { ClassProgressResolver } from './class-progress.resolver.js';
import { ClassProgressService } from './class-progress.service.js';

@Module({
  imports: [ClassroomModule],
  providers: [ClassProgressService, ClassProgressResolver],
  controllers: [ClassProgressController],
})
export class ClassProgressModule {}
