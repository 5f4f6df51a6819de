import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A member of an organisation, as its partner admins see them.' })
export class OrganisationMemberView {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true, description: 'Null for students added by a teacher without e-mail.' }) email: string | null;
  @Field(() => [String], { description: 'Their roles in this organisation.' }) roles: string[];
  @Field(() => [String], { description: 'Classes of this organisation they teach or study in.' }) classes: string[];
  @Field(() => Date, { nullable: true }) deactivatedAt: Date | null;
  @Field({ description: 'The viewer may deactivate them (they belong to this organisation only).' }) canDeactivate: boolean;
}
