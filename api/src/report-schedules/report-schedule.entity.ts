import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../account/organisation.entity.js';
import { User } from '../account/user.entity.js';
import { Classroom } from '../classroom/classroom.entity.js';
import type { ReportStatus } from '../reports/report-filter.js';

export const REPORT_FREQUENCIES = ['weekly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Which enrolments a scheduled report covers by date, counted back from the day the file is made (report-schedule-filter.ts). */
export const REPORT_PERIODS = ['last_7_days', 'last_30_days', 'last_90_days', 'since_start'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** A completion report mailed (as a link, never as data) to chosen staff of an organisation, weekly or monthly. */
@Entity()
export class ReportSchedule {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'string', length: 10 })
  frequency!: ReportFrequency;

  @Property({ type: 'string', length: 10 })
  format!: ReportFormat;

  /** The report's filters, as the report page has them: one course, one class of the organisation, a period, a status. */
  @Property({ type: 'string', nullable: true })
  courseId?: string | null;

  @ManyToOne(() => Classroom, { nullable: true, deleteRule: 'cascade' })
  classroom?: Classroom | null;

  /** Enrolled in a period relative to the sending (none: any date). */
  @Property({ type: 'string', length: 20, nullable: true })
  period?: ReportPeriod | null;

  @Property({ type: 'string', length: 20, nullable: true })
  status?: ReportStatus | null;

  /** When the worker sends it next; moved on by one period each time it is claimed. */
  @Property({ type: 'datetime' })
  @Index()
  nextRunAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastSentAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
