import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A problem in a roster file: where, and a reason the web translates (roster.problem.<reason>).' })
export class RosterProblemView {
  @Field({ description: 'The file (inside a OneRoster zip) or the uploaded file name.' })
  file: string;

  @Field(() => Int, { nullable: true })
  line: number | null;

  @Field()
  reason: string;

  @Field({ description: 'The values the message needs, as JSON (e.g. {"other":2}).' })
  params: string;

  @Field({ description: 'The problem in English, for other api clients.' })
  message: string;
}

@ObjectType({ description: 'One line of the dry run: what applying would do for one student.' })
export class RosterRowView {
  @Field()
  file: string;

  @Field(() => Int, { nullable: true, description: 'Null for students of the class the file does not name.' })
  line: number | null;

  @Field({ description: 'add, update, unchanged, remove, skip (marked to be deleted, not in the class) or kept (not in the file).' })
  action: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true, description: 'The name before an update.' })
  previousName: string | null;

  @Field(() => String, { nullable: true, description: 'The roster id or student number.' })
  externalId: string | null;
}

@ObjectType()
export class RosterClassChoiceView {
  @Field()
  sourcedId: string;

  @Field()
  title: string;

  @Field()
  school: string;
}

@ObjectType()
export class RosterCounts {
  @Field(() => Int) add: number;
  @Field(() => Int) update: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int) remove: number;
  @Field(() => Int) skip: number;
  @Field(() => Int) kept: number;
}

@ObjectType({ description: 'An uploaded roster and its dry run against the class.' })
export class RosterPreviewView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  classroomId: string;

  @Field()
  fileName: string;

  @Field({ description: 'csv, xlsx (an Excel workbook) or oneroster.' })
  format: string;

  @Field(() => String, { nullable: true, description: 'utf-8 or windows-1252, as detected (plain CSV).' })
  encoding: string | null;

  @Field(() => String, { nullable: true, description: 'The worksheet read: the first visible one of a workbook (xlsx).' })
  sheetName: string | null;

  @Field(() => [String], { description: 'The workbook’s other visible worksheets, which were not read (xlsx).' })
  otherSheets: string[];

  @Field(() => [RosterClassChoiceView], { description: 'The classes a OneRoster file holds.' })
  classes: RosterClassChoiceView[];

  @Field(() => RosterClassChoiceView, { nullable: true })
  chosenClass: RosterClassChoiceView | null;

  @Field({ description: 'A OneRoster file with several classes, none chosen yet.' })
  needsClassChoice: boolean;

  @Field(() => [RosterRowView])
  rows: RosterRowView[];

  @Field(() => [RosterProblemView])
  problems: RosterProblemView[];

  @Field(() => RosterCounts)
  counts: RosterCounts;

  @Field({ description: 'No problems, a class chosen, something to change, and not applied yet.' })
  canApply: boolean;

  @Field(() => Date, { nullable: true })
  appliedAt: Date | null;
}

@ObjectType({ description: 'What applying a roster did. Personal codes are made when the cards are printed.' })
export class RosterApplyResult {
  @Field(() => RosterCounts)
  counts: RosterCounts;

  @Field(() => [ID], { description: 'The students added without e-mail, whose sign-in cards are still to print.' })
  newStudentIds: string[];
}
