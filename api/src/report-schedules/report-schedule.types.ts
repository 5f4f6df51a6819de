import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Someone who may receive (or receives) a scheduled report: staff of the organisation with an e-mail.' })
export class ReportRecipientView {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
}

@ObjectType({ description: 'A completion report mailed as a link, weekly or monthly.' })
export class ReportScheduleView {
  @Field(() => ID) id: string;
  @Field({ description: 'weekly or monthly' }) frequency: string;
  @Field({ description: 'csv or xlsx' }) format: string;
  @Field(() => String, { nullable: true }) courseId: string | null;
  @Field(() => ID, { nullable: true }) classroomId: string | null;
  @Field(() => String, { nullable: true }) className: string | null;
  @Field(() => String, { nullable: true, description: 'last_7_days, last_30_days, last_90_days or since_start; null: any date.' })
  period: string | null;
  @Field(() => String, { nullable: true, description: 'not_started, in_progress, completed or overdue; null: any.' })
  status: string | null;
  @Field(() => [ReportRecipientView]) recipients: ReportRecipientView[];
  @Field() nextRunAt: Date;
  @Field(() => Date, { nullable: true }) lastSentAt: Date | null;
}

@InputType()
export class ReportScheduleInput {
  @Field(() => ID) organisationId: string;
  @Field({ description: 'weekly or monthly' }) frequency: string;
  @Field({ description: 'csv or xlsx' }) format: string;
  @Field(() => ID, { nullable: true }) courseId?: string | null;
  @Field(() => ID, { nullable: true }) classroomId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Enrolled in the last_7_days, last_30_days or last_90_days before each sending, or since_start of the schedule; none: any date.',
  })
  period?: string | null;
  @Field(() => String, { nullable: true, description: 'not_started, in_progress, completed or overdue.' }) status?: string | null;
  @Field(() => [String], { description: "E-mail addresses of the organisation's staff; any other address is refused." })
  recipients: string[];
}

@ObjectType({ description: 'What a scheduled report link opens, for its recipient once logged in.' })
export class ReportLinkView {
  @Field() organisationName: string;
  @Field() frequency: string;
  @Field() format: string;
  @Field() expiresAt: Date;
}
