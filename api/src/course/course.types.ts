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

  @Field(() => String, {
    nullable: true,
    description: 'For a course imported from a SCORM package: its SCORM version, 1.2 or 2004; null otherwise.',
  })
  scormVersion: string | null;

  @Field(() => String, { nullable: true, description: 'The SCORM 2004 edition the package says it is (2nd, 3rd, 4th), when it says.' })
  scormEdition: string | null;
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
