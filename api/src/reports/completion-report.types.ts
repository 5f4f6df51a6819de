import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An organisation whose reports the viewer may read.' })
export class ReportOrganisationView {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'A choice for a report filter (a course or a class of the organisation).' })
export class ReportOptionView {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'What the report can be filtered by, for this organisation.' })
export class ReportOptionsView {
  @Field(() => [ReportOptionView]) courses: ReportOptionView[];
  @Field(() => [ReportOptionView]) classes: ReportOptionView[];
  @Field({ description: "Whether the viewer sees students' numbers (the organisation's own partner admins only)." })
  studentNumbers: boolean;
}

@ObjectType({ description: 'One learner × course of the completion report.' })
export class CompletionReportRowView {
  @Field(() => ID) enrolmentId: string;
  @Field() learnerName: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The student's number in the class the enrolment came from (from its roster); null without one, or for a viewer who may not see it.",
  })
  studentNumber: string | null;
  @Field(() => ID) courseId: string;
  @Field() courseTitle: string;
  @Field(() => Int) courseVersion: number;
  @Field(() => String, { nullable: true, description: 'The class the enrolment came from, if any.' }) className: string | null;
  @Field(() => String, { nullable: true, description: "That class's teachers, comma-separated." }) teachers: string | null;
  @Field() enrolledAt: Date;
  @Field(() => Date, { nullable: true }) firstLaunchedAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastActiveAt: Date | null;
  @Field({ description: 'not_started, in_progress or completed (the stored done rule).' }) completion: string;
  @Field({ description: "The course's result: passed, failed or unknown." }) success: string;
  @Field(() => Float, { nullable: true, description: 'Scaled score (0–1); null when there is none.' }) scoreScaled: number | null;
  @Field(() => Int, { description: 'Seconds spent.' }) seconds: number;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field() overdue: boolean;
  @Field(() => String, { nullable: true, description: 'Verification code of the certificate, once issued.' }) certificateCode:
    string | null;
}

@ObjectType({ description: 'A page of the completion report.' })
export class CompletionReportPageView {
  @Field(() => [CompletionReportRowView]) rows: CompletionReportRowView[];
  @Field(() => Int, { description: 'Rows matching the filters, on every page.' }) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@InputType({ description: 'Filters and order of the completion report (the web passes its query parameters).' })
export class CompletionReportFilter {
  @Field(() => ID, { nullable: true }) courseId?: string | null;
  @Field(() => ID, { nullable: true }) classroomId?: string | null;
  @Field(() => String, { nullable: true, description: 'Enrolled on or after this day (YYYY-MM-DD, UTC).' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Enrolled on or before this day (YYYY-MM-DD, UTC).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'not_started, in_progress, completed or overdue.' }) status?: string | null;
  @Field(() => String, { nullable: true, description: 'learner, course, class, enrolled, completed, lastActive, due or time.' })
  sort?: string | null;
  @Field(() => Boolean, { nullable: true }) descending?: boolean | null;
}

@ObjectType({ description: 'Counts for one course, or one class, of the dashboard.' })
export class DashboardGroupView {
  @Field(() => ID, { nullable: true, description: 'The course or class; null for enrolments from no class.' }) id: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => Int) enrolled: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) overdue: number;
}

@ObjectType({ description: 'Completions in one month (UTC), and all completions up to its end.' })
export class DashboardMonthView {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => Int) completed: number;
  @Field(() => Int) cumulative: number;
}

@ObjectType({ description: "The organisation's dashboard: the report's rows, counted." })
export class ReportDashboardView {
  @Field(() => Int) learners: number;
  @Field(() => Int) enrolled: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) overdue: number;
  @Field(() => [DashboardMonthView]) overTime: DashboardMonthView[];
  @Field(() => [DashboardGroupView]) byCourse: DashboardGroupView[];
  @Field(() => [DashboardGroupView]) byClass: DashboardGroupView[];
}
