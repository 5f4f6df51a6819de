import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PreviewOptionView {
  @Field()
  id: string;

  @Field()
  text: string;

  @Field()
  correct: boolean;

  @Field()
  feedback: string;
}

@ObjectType()
export class PreviewQuestionView {
  @Field()
  id: string;

  @Field()
  kind: string;

  @Field()
  prompt: string;

  @Field(() => [PreviewOptionView])
  options: PreviewOptionView[];
}

@ObjectType()
export class PreviewChoiceView {
  @Field()
  id: string;

  @Field()
  text: string;

  @Field()
  consequence: string;

  @Field()
  best: boolean;
}

@ObjectType()
export class PreviewMediaView {
  @Field()
  kind: string;

  @Field()
  title: string;

  @Field()
  url: string;

  @Field(() => String, { nullable: true })
  captionsUrl: string | null;

  @Field()
  transcriptHtml: string;
}

@ObjectType({ description: 'A unit as a learner would see it, rendered from the draft; nothing is recorded.' })
export class PreviewUnitView {
  @Field()
  id: string;

  @Field()
  moduleTitle: string;

  @Field()
  type: string;

  @Field()
  title: string;

  @Field({ description: 'The body, rendered from Markdown as the player shows it.' })
  html: string;

  @Field(() => String, { nullable: true })
  prompt: string | null;

  @Field(() => [PreviewQuestionView])
  questions: PreviewQuestionView[];

  @Field(() => [PreviewChoiceView])
  choices: PreviewChoiceView[];

  @Field(() => [PreviewMediaView])
  media: PreviewMediaView[];
}

@ObjectType()
export class PreviewCourseView {
  @Field()
  locale: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [PreviewUnitView])
  units: PreviewUnitView[];
}
