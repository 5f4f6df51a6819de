import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A count as the funder report shows it: exact, "fewer than 10", or "at least" (a total with hidden parts).' })
export class SuppressedCountView {
  @Field({ description: 'exact, fewer_than or at_least' }) kind: string;
  @Field(() => Int, { nullable: true, description: 'Null when fewer than 10.' }) value: number | null;
}

@ObjectType({ description: 'Enrolments begun and courses completed in one month, for one organisation and course.' })
export class FunderCellView {
  @Field() organisationName: string;
  @Field() courseTitle: string;
  @Field({ description: 'YYYY-MM (UTC)' }) month: string;
  @Field(() => SuppressedCountView) enrolled: SuppressedCountView;
  @Field(() => SuppressedCountView) completed: SuppressedCountView;
}

@ObjectType()
export class FunderTotalView {
  @Field() name: string;
  @Field(() => SuppressedCountView) enrolled: SuppressedCountView;
  @Field(() => SuppressedCountView) completed: SuppressedCountView;
}

@ObjectType({ description: "The society's report to its funder: counts only, small cells suppressed." })
export class FunderReportView {
  @Field(() => Int, { description: 'Counts under this are shown as "fewer than".' }) threshold: number;
  @Field(() => [FunderCellView]) cells: FunderCellView[];
  @Field(() => [FunderTotalView]) byOrganisation: FunderTotalView[];
  @Field(() => [FunderTotalView]) byCourse: FunderTotalView[];
  @Field(() => FunderTotalView) total: FunderTotalView;
}
