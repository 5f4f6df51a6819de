import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A course assigned to the class: a column of the grid.' })
export class ProgressColumnView {
  @Field(() => ID) courseId: string;
  @Field() title: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
}

@ObjectType({ description: 'A unit of the chosen course: a column of the per-course grid.' })
export class ProgressUnitColumnView {
  @Field(() => ID) unitId: string;
  @Field() title: string;
  @Field() type: string;
}

@ObjectType({ description: "One student's progress in one course, or one unit: the learner's own server-side truth." })
export class ProgressCellView {
  @Field(() => ID, { description: 'The course (or, in unit cells, the unit).' })
  id: string;

  @Field({ description: 'not_started, in_progress, completed, passed or failed.' })
  status: string;

  @Field(() => Float, { nullable: true, description: 'Scaled score (0–1) where there is one.' })
  scoreScaled: number | null;

  @Field(() => Int) completedUnits: number;
  @Field(() => Int) totalUnits: number;
  @Field(() => Int, { description: 'Seconds spent.' }) seconds: number;
  @Field(() => Date, { nullable: true }) lastActiveAt: Date | null;
  @Field({ description: 'Past the due date and not complete.' }) overdue: boolean;
}

@ObjectType()
export class ProgressRowView {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => [ProgressCellView], { description: 'One per column, in column order.' }) cells: ProgressCellView[];
  @Field(() => Date, { nullable: true }) lastActiveAt: Date | null;
}

@ObjectType({ description: 'How many students missed a question of a knowledge check (their latest answers).' })
export class MissedQuestionView {
  @Field(() => ID) unitId: string;
  @Field() unitTitle: string;
  @Field() questionId: string;
  @Field() prompt: string;
  @Field(() => Int) missed: number;
  @Field(() => Int) answered: number;
}

@ObjectType({ description: 'A reflection its writer chose to share with their teacher.' })
export class SharedReflectionView {
  @Field(() => ID) unitId: string;
  @Field() unitTitle: string;
  @Field() displayName: string;
  @Field() text: string;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'Students × assigned courses, or, for one course, students × its units.' })
export class ClassProgressView {
  @Field(() => ID) classroomId: string;
  @Field() className: string;
  @Field({ description: 'The viewer may change the class (its teachers; partner admins read only).' }) canManage: boolean;
  @Field(() => [ProgressColumnView]) courses: ProgressColumnView[];
  @Field(() => ID, { nullable: true, description: 'The course whose units are the columns, if one was chosen.' }) courseId: string | null;
  @Field(() => [ProgressUnitColumnView]) units: ProgressUnitColumnView[];
  @Field(() => [ProgressRowView]) rows: ProgressRowView[];
  @Field(() => Int, { description: 'Students in the class, before the filter.' }) studentCount: number;
  @Field(() => [MissedQuestionView]) missedQuestions: MissedQuestionView[];
  @Field(() => [SharedReflectionView]) sharedReflections: SharedReflectionView[];
}

@InputType({ description: 'Sorting and filtering of the grid (the web passes its query parameters).' })
export class ClassProgressQuery {
  @Field(() => ID, { nullable: true, description: 'Show this course by unit.' }) courseId?: string | null;
  @Field(() => String, { nullable: true, description: 'name, status, progress, time or lastActive.' }) sort?: string | null;
  @Field(() => Boolean, { nullable: true }) descending?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Only rows with this status in the first (or chosen) course.' }) status?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only students with something overdue.' }) overdueOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of a student name.' }) search?: string | null;
}
