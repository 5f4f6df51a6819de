import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommitResult } from '../tracking/tracking.types.js';

@InputType()
export class SaveReflectionInput {
  @Field(() => ID)
  attemptId: string;

  @Field(() => Int)
  seq: number;

  @Field()
  sessionId: string;

  @Field()
  text: string;

  @Field({ defaultValue: false, description: 'Reflections are private unless the learner chooses to share them with their teacher.' })
  shareWithTeacher: boolean;

  @Field({ nullable: true })
  sessionTime?: string;
}

@ObjectType()
export class ReflectionView {
  @Field()
  text: string;

  @Field()
  sharedWithTeacher: boolean;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class SaveReflectionResult {
  @Field(() => ReflectionView)
  reflection: ReflectionView;

  @Field(() => CommitResult)
  commit: CommitResult;
}
