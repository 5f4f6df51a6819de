import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A course as shown in the catalogue, in the language asked for (or its source language).' })
export class CourseSummaryView {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The newest published version.' })
  version: number;

  @Field({ description: 'The language this text is in (the course source language when the one asked for is missing).' })
  locale: string;

  @Field(() => [String])
  availableLocales: string[];

  @Field()
  title: string;

  @Field()
  description: string;

  @Field({ nullable: true })
  audience?: string;

  @Field(() => Int)
  estimatedMinutes: number;

  @Field(() => [String])
  outcomes: string[];

  @Field(() => Int)
  unitCount: number;
}

@ObjectType()
export class UnitSummaryView {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'lesson, check, reflection or scenario' })
  type: string;
}

@ObjectType()
export class ModuleView {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [UnitSummaryView])
  units: UnitSummaryView[];
}

@ObjectType()
export class CourseDetailView extends CourseSummaryView {
  @Field(() => [ModuleView])
  modules: ModuleView[];
}
