import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { CommitResult, SittingCommitInput } from '../tracking/tracking.types.js';

@InputType()
export class SaveReflectionInput extends SittingCommitInput {
  @Field()
  text: string;

  @Field({ defaultValue: false, description: 'Reflections are private unless the learner chooses to share them with their teacher.' })
  shareWithTeacher: boolean;
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
