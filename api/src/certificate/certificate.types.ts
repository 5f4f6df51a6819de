import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CertificateView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The public verification code printed on the certificate.' })
  code: string;

  @Field()
  learnerName: string;

  @Field()
  courseTitle: string;

  @Field(() => Int)
  courseVersion: number;

  @Field()
  issuedAt: Date;

  @Field({ description: 'The public page where anyone can check this certificate.' })
  verificationUrl: string;
}

@ObjectType({ description: 'What the public verification page may show about a certificate.' })
export class CertificateVerificationView {
  @Field()
  code: string;

  @Field()
  learnerName: string;

  @Field()
  courseTitle: string;

  @Field(() => Int)
  courseVersion: number;

  @Field()
  issuedAt: Date;
}
