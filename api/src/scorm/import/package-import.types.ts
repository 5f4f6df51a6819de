import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An uploaded SCORM package on its way to becoming a course version.' })
export class PackageImportView {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field({ description: 'uploaded, validating, unpacking, published, unchanged (same as the newest version) or failed.' })
  status: string;

  @Field(() => Int, { description: '0–100 while validating and unpacking.' })
  progress: number;

  @Field(() => [String], { description: 'Why the package was refused.' })
  problems: string[];

  @Field(() => [String], { description: 'What the platform ignores or treats approximately in this package.' })
  warnings: string[];

  @Field(() => ID, { nullable: true })
  courseId: string | null;

  @Field(() => Int, { nullable: true })
  courseVersion: number | null;

  @Field()
  createdAt: Date;
}
