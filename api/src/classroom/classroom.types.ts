import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum JoinCodeAction {
  reset = 'reset',
  open = 'open',
  close = 'close',
}
registerEnumType(JoinCodeAction, {
  name: 'JoinCodeAction',
  description: 'reset: a new code (the old one stops working); open or close: the same code.',
});

export enum StudentProgressStatus {
  not_started = 'not_started',
  in_progress = 'in_progress',
  completed = 'completed',
}
registerEnumType(StudentProgressStatus, { name: 'StudentProgressStatus' });

@InputType()
export class ClassDetailsInput {
  @Field()
  name: string;

  @Field({ description: 'The term or school year, in the teacher\'s words ("2026–2027").' })
  term: string;

  @Field(() => String, { nullable: true })
  grade?: string | null;
}

@InputType()
export class NewClassInput extends ClassDetailsInput {
  @Field(() => ID, { description: 'One of the organisations where the teacher teaches.' })
  organisationId: string;
}

@InputType()
export class AssignmentInput {
  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'A short note to the students.' })
  note?: string | null;
}

@ObjectType()
export class ClassTeacherView {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType({ description: 'A course given to a class.' })
export class AssignmentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  classId: string;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  assignedAt: Date;

  @Field({ description: 'The due date has passed.' })
  overdue: boolean;
}

@ObjectType({ description: "A student's state in one assignment, from the same enrolment view the student sees." })
export class StudentAssignmentProgressView {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => StudentProgressStatus)
  status: StudentProgressStatus;

  @Field(() => Int)
  completedUnits: number;

  @Field(() => Int)
  totalUnits: number;
}

@ObjectType({ description: 'A student as their teacher sees them: a chosen name, nothing more about them.' })
export class ClassStudentView {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'Signs in with class code and personal code (no e-mail account).' })
  usesClassSignIn: boolean;

  @Field({ description: 'teacher, join_code or roster.' })
  source: string;

  @Field()
  joinedAt: Date;

  @Field(() => [StudentAssignmentProgressView])
  progress: StudentAssignmentProgressView[];
}

@ObjectType()
export class ClassroomView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  term: string;

  @Field(() => String, { nullable: true })
  grade: string | null;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => Date, { nullable: true, description: 'Archived classes are read-only and hidden from students.' })
  archivedAt: Date | null;

  @Field({ description: 'The viewer teaches this class (else they read it as a partner admin).' })
  canManage: boolean;

  @Field(() => String, { nullable: true, description: 'For sign-in cards and "Class sign-in" (teachers only).' })
  signInCode: string | null;

  @Field(() => String, { nullable: true, description: 'Teachers only.' })
  joinCode: string | null;

  @Field(() => String, { nullable: true, description: 'Teachers only: the link that joins the class.' })
  joinUrl: string | null;

  @Field()
  joinOpen: boolean;

  @Field(() => Date, { nullable: true })
  joinCodeExpiresAt: Date | null;

  @Field({ description: 'Open, and not past its expiry.' })
  joinable: boolean;

  @Field(() => Int)
  studentCount: number;
}

@ObjectType({ description: 'A class as one of its students sees it.' })
export class StudentClassView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  term: string;

  @Field(() => [String])
  teacherNames: string[];

  @Field({ description: 'Joined by code, so the student may leave it themselves.' })
  canLeave: boolean;

  @Field(() => [MyAssignmentView])
  assignments: MyAssignmentView[];
}

@ObjectType({ description: 'A course assigned to the viewer, with its class and due date.' })
export class MyAssignmentView {
  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID, { nullable: true, description: 'Where to open it.' })
  enrolmentId: string | null;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => ID)
  classId: string;

  @Field()
  className: string;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  completed: boolean;

  @Field()
  overdue: boolean;
}

@ObjectType({ description: 'A personal sign-in code, shown once: only its hash is kept.' })
export class IssuedSignInCodeView {
  @Field(() => ID)
  studentId: string;

  @Field()
  displayName: string;

  @Field()
  signInCode: string;
}
