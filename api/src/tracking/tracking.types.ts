import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One recorded interaction (a question answered), from cmi.interactions.n.*' })
export class InteractionView {
  @Field()
  id: string;

  @Field({ description: 'SCORM 2004 learner_response; for choices, option ids joined by "[,]".' })
  learnerResponse: string;

  @Field({ nullable: true })
  result?: string;
}

@ObjectType({ description: "A learner's tracked state in one unit, in the SCORM 2004 CMI data model." })
export class AttemptView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => Int, { description: 'How many commits have been applied to this attempt, from every device.' })
  seq: number;

  @Field()
  completionStatus: string;

  @Field()
  successStatus: string;

  @Field(() => Float, { nullable: true })
  scoreScaled: number | null;

  @Field({ description: 'cmi.location' })
  location: string;

  @Field({ description: 'cmi.suspend_data' })
  suspendData: string;

  @Field({ description: 'cmi.total_time, an ISO 8601 duration.' })
  totalTime: string;

  @Field({ description: 'cmi.entry: ab-initio for a first launch, resume after a suspended session.' })
  entry: string;

  @Field(() => [InteractionView], { description: 'What the learner answered, so a check can be shown as they left it.' })
  interactions: InteractionView[];
}

@InputType()
export class CmiValueInput {
  @Field({ description: 'A SCORM 2004 element name, e.g. cmi.completion_status.' })
  element: string;

  @Field()
  value: string;
}

@InputType()
export class CommitInput {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int, {
    description: 'Numbered per attempt by the client: 1, 2, 3… A number already applied is acknowledged but not applied again.',
  })
  seq: number;

  @Field({ description: 'Chosen by the client for one sitting; session times of the same sitting replace each other.' })
  sessionId: string;

  @Field(() => [CmiValueInput], { description: 'Every value changed since the last acknowledged commit.' })
  values: CmiValueInput[];
}

/** What every unit-specific submission (check, scenario, reflection) carries to become a numbered commit. */
@InputType({ isAbstract: true })
export abstract class SittingCommitInput {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int, { description: 'Numbered by the client per attempt and sitting, as in CommitInput.' })
  seq: number;

  @Field()
  sessionId: string;

  @Field({ nullable: true, description: 'cmi.session_time for this sitting, an ISO 8601 duration.' })
  sessionTime?: string;
}

@ObjectType()
export class CommitResult {
  @Field({ description: 'False when this sitting already sent a commit with this number or a higher one (a retry or a late arrival).' })
  applied: boolean;

  @Field(() => AttemptView)
  attempt: AttemptView;

  @Field({ description: 'True when this commit completed the whole course.' })
  courseCompleted: boolean;
}

@ObjectType()
export class QuestionOptionView {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType()
export class QuestionView {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  prompt: string;

  @Field(() => [QuestionOptionView])
  options: QuestionOptionView[];
}

@ObjectType({ description: 'A video or audio clip in a lesson, with its captions and transcript.' })
export class UnitMediaView {
  @Field()
  kind: string;

  @Field()
  title: string;

  @Field({ description: 'Where the file is served, on the web origin (/media/…).' })
  url: string;

  @Field()
  contentType: string;

  @Field(() => String, { nullable: true, description: 'WebVTT captions, in the language of the unit text.' })
  captionsUrl: string | null;

  @Field({ description: 'The full transcript, rendered from Markdown.' })
  transcriptHtml: string;
}

@ObjectType({ description: 'A runtime value, by its element name.' })
export class CmiValueView {
  @Field()
  element: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'How to open a SCO of an imported SCORM package: on the content origin, in a frame.' })
export class ScoLaunchView {
  @Field({ description: '1.2 or 2004.' })
  scormVersion: string;

  @Field({ description: 'The host page on the content origin; signed, and valid for a few hours.' })
  launchUrl: string;

  @Field({ description: 'The content origin: the only origin the platform page accepts runtime messages from.' })
  contentOrigin: string;

  @Field(() => [CmiValueView], { description: 'What the runtime is loaded with, in the names of the SCORM version.' })
  runtimeState: CmiValueView[];
}

@ObjectType({ description: 'One unit as the learner sees it: answers and feedback stay on the server.' })
export class UnitView {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field()
  title: string;

  @Field({ description: 'The body, rendered from Markdown (raw HTML is not allowed in course files).' })
  html: string;

  @Field({ nullable: true })
  prompt?: string;

  @Field(() => [QuestionView], { nullable: true })
  questions?: QuestionView[];

  @Field(() => [UnitMediaView], { description: 'Video and audio in a lesson.' })
  media: UnitMediaView[];

  @Field(() => [QuestionOptionView], { nullable: true, description: 'A scenario: the choices offered.' })
  choices?: QuestionOptionView[];

  @Field(() => ScoLaunchView, { nullable: true, description: 'For a SCO of an imported package (absent while blocked).' })
  sco?: ScoLaunchView;

  @Field(() => [String], { description: 'Titles of the units to finish before this one can be opened (SCORM sequencing).' })
  blockedBy: string[];

  @Field({
    description:
      'SCORM 2004 sequencing decides where continue and previous lead (navigateCourse); previousUnitId/nextUnitId are null when it allows no such move.',
  })
  sequenced: boolean;

  @Field(() => Int, { description: '1-based position in the course.' })
  position: number;

  @Field(() => Int)
  total: number;

  @Field(() => ID, { nullable: true })
  previousUnitId: string | null;

  @Field(() => ID, { nullable: true })
  nextUnitId: string | null;
}

@ObjectType()
export class UnitLaunch {
  @Field(() => ID)
  enrolmentId: string;

  @Field()
  courseTitle: string;

  @Field()
  locale: string;

  @Field(() => UnitView)
  unit: UnitView;

  @Field(() => AttemptView)
  attempt: AttemptView;
}
