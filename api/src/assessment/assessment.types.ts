import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommitResult, SittingCommitInput } from '../tracking/tracking.types.js';

@InputType()
export class CheckAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID])
  optionIds: string[];
}

@InputType({ description: 'A knowledge check submitted for scoring; it is stored as a numbered commit like any other.' })
export class SubmitCheckInput extends SittingCommitInput {
  @Field(() => [CheckAnswerInput])
  answers: CheckAnswerInput[];

  @Field({ defaultValue: 'en', description: 'The language for the feedback.' })
  locale: string;
}

@ObjectType()
export class OptionFeedbackView {
  @Field(() => ID)
  optionId: string;

  @Field()
  correct: boolean;

  @Field()
  feedback: string;
}

@ObjectType()
export class QuestionResultView {
  @Field(() => ID)
  questionId: string;

  @Field()
  correct: boolean;

  @Field(() => [OptionFeedbackView], { description: 'Feedback on each option the learner chose.' })
  chosen: OptionFeedbackView[];
}

@ObjectType()
export class CheckResultView {
  @Field(() => Int)
  correctCount: number;

  @Field(() => Int)
  total: number;

  @Field(() => Float)
  scoreScaled: number;

  @Field(() => Float, { description: 'The share of questions needed to pass.' })
  passMark: number;

  @Field()
  passed: boolean;

  @Field(() => [QuestionResultView])
  questions: QuestionResultView[];

  @Field(() => CommitResult)
  commit: CommitResult;
}

@InputType()
export class ChooseScenarioInput extends SittingCommitInput {
  @Field(() => ID)
  choiceId: string;

  @Field({ defaultValue: 'en' })
  locale: string;
}

@ObjectType()
export class ScenarioOutcomeView {
  @Field(() => ID)
  choiceId: string;

  @Field()
  consequence: string;

  @Field({ description: 'Whether this was one of the most helpful choices.' })
  best: boolean;

  @Field(() => CommitResult)
  commit: CommitResult;
}
