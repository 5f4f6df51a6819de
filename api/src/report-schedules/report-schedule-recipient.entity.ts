import { Entity, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { ReportSchedule } from './report-schedule.entity.js';

/** A member who receives a scheduled report; checked again at each sending (someone who left gets nothing). */
@Entity()
export class ReportScheduleRecipient {
  @ManyToOne(() => ReportSchedule, { primary: true, deleteRule: 'cascade' })
  schedule!: ReportSchedule;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  @Index()
  user!: User;
}
