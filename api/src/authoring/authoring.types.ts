import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A problem in a course folder, as `pnpm courses:check` reports it.' })
export class CourseProblemView {
  @Field({ description: 'The file, relative to the course folder (course.yaml, units/intro.en.md).' })
  file: string;

  @Field(() => Int, { nullable: true })
  line: number | null;

  @Field()
  message: string;

  @Field({ description: 'error (blocks publishing) or warning.' })
  severity: string;
}

@ObjectType()
export class DraftFileView {
  @Field()
  path: string;

  @Field()
  text: string;
}

@ObjectType()
export class DraftMediaView {
  @Field()
  path: string;

  @Field(() => Int)
  size: number;

  @Field({ description: 'Where the file is served, for the editor and the preview.' })
  url: string;
}

@ObjectType({ description: 'A course being written in the browser: its course folder, checked as courses:check checks files.' })
export class DraftView {
  @Field(() => ID)
  courseId: string;

  @Field()
  organisationName: string;

  @Field(() => Int, { description: 'Name it when saving: a save based on an older revision of a changed file is refused.' })
  revision: number;

  @Field()
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Null when that person has since deleted their account.' })
  updatedBy: string | null;

  @Field(() => [DraftFileView])
  files: DraftFileView[];

  @Field(() => [DraftMediaView])
  media: DraftMediaView[];

  @Field(() => [CourseProblemView])
  problems: CourseProblemView[];

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content it would publish; null while it has errors.' })
  contentHash: string | null;

  @Field(() => Int, { nullable: true })
  publishedVersion: number | null;

  @Field()
  withdrawn: boolean;
}

@ObjectType({ description: 'A course a trainer may open, copy or download on the authoring pages.' })
export class AuthoringCourseView {
  @Field(() => ID)
  courseId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'The owner; null for the platform’s own courses.' })
  organisationName: string | null;

  @Field({ description: 'The platform’s own courses are edited in their files: copy one to edit it.' })
  readOnly: boolean;

  @Field()
  hasDraft: boolean;

  @Field(() => Int, { nullable: true })
  publishedVersion: number | null;

  @Field()
  withdrawn: boolean;
}

@ObjectType()
export class DraftRevisionView {
  @Field(() => Int)
  revision: number;

  @Field(() => String, { nullable: true })
  author: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A publish or withdrawal: who, when, which version, and their note.' })
export class PublicationView {
  @Field()
  action: string;

  @Field(() => Int)
  version: number;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  by: string | null;

  @Field()
  at: Date;
}

@ObjectType()
export class DiffPartView {
  @Field({ description: 'same, added or removed.' })
  change: string;

  @Field()
  text: string;
}

@ObjectType()
export class FileDiffView {
  @Field()
  path: string;

  @Field({ description: 'added, removed or changed.' })
  status: string;

  @Field(() => [DiffPartView])
  parts: DiffPartView[];
}

@InputType()
export class NewCourseInput {
  @Field()
  courseId: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Start from a copy of this course.' })
  copyOf?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  sourceLocale?: string | null;
}

@InputType()
export class FileChangeInput {
  @Field()
  path: string;

  @Field(() => String, { nullable: true, description: 'The new text; null removes the file.' })
  text: string | null;
}

@ObjectType({ description: 'A unit in one language other than the source: current, outdated (the source changed since) or missing.' })
export class UnitTranslationView {
  @Field()
  unitId: string;

  @Field()
  locale: string;

  @Field()
  state: string;
}

@ObjectType({ description: 'How much of the course a language has: units translated and up to date, of all units.' })
export class LocaleCompletenessView {
  @Field()
  locale: string;

  @Field(() => Int)
  current: number;

  @Field(() => Int)
  total: number;
}

@ObjectType()
export class TranslationsView {
  @Field()
  sourceLocale: string;

  @Field(() => [LocaleCompletenessView])
  locales: LocaleCompletenessView[];

  @Field(() => [UnitTranslationView])
  units: UnitTranslationView[];
}
