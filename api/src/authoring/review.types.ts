import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PreviewCourseView } from './draft-preview.types.js';

@ObjectType()
export class ReviewLinkView {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  revoked: boolean;
}

@ObjectType({ description: 'A new review link: its secret is shown this once.' })
export class NewReviewLinkView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Goes in the address /review/<token>; only its hash is kept.' })
  token: string;
}

@ObjectType()
export class ReviewCommentView {
  @Field()
  unitId: string;

  @Field({ description: 'The name the reviewer gave.' })
  name: string;

  @Field()
  text: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A draft as a reviewer reads it through a review link.' })
export class ReviewView extends PreviewCourseView {
  @Field(() => ID)
  courseId: string;
}
