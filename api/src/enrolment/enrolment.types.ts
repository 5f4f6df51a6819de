import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CertificateView } from '../certificate/certificate.types.js';

@ObjectType()
export class UnitProgressView {
  @Field(() => ID)
  unitId: string;

  @Field()
  title: string;

  @Field()
  type: string;

  @Field()
  moduleTitle: string;

  @Field({ description: 'The CMI completion status of the unit.' })
  completionStatus: string;

  @Field()
  complete: boolean;

  @Field({ description: 'False while the course (a SCORM package) asks for other units to be done first.' })
  available: boolean;
}

@ObjectType()
export class EnrolmentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => Int, { description: 'The course version this enrolment is pinned to.' })
  courseVersion: number;

  @Field()
  locale: string;

  @Field()
  enrolledAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  completedUnits: number;

  @Field(() => Int)
  totalUnits: number;

  @Field(() => ID, { nullable: true, description: 'Where to carry on: the first unit not yet complete.' })
  resumeUnitId: string | null;

  @Field({ description: "The course's result rolled up from its knowledge checks or contributing SCOs: passed, failed or unknown." })
  successStatus: string;

  @Field(() => Float, { nullable: true, description: 'The mean scaled score (-1..1) of the units that count towards the result.' })
  scoreScaled: number | null;

  @Field(() => [UnitProgressView])
  units: UnitProgressView[];

  @Field(() => CertificateView, { nullable: true })
  certificate: CertificateView | null;
}
