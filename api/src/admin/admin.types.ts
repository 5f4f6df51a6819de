import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../account/account.types.js';
import type { Role } from '../account/role.js';

@ObjectType({ description: 'An organisation, as platform admins see it.' })
export class AdminOrganisationView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field(() => Int)
  memberCount: number;
}

@ObjectType()
export class AdminMembershipView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType({ description: 'A person, as platform admins see them.' })
export class AdminPersonView {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => Date, { nullable: true, description: 'Set when a platform admin deactivated the account.' })
  deactivatedAt: Date | null;

  @Field({ description: 'An authenticator app is set up.' })
  secondFactorEnrolled: boolean;

  @Field(() => [AdminMembershipView])
  memberships: AdminMembershipView[];
}

@ObjectType({ description: 'One entry of the audit log: who did what, when, from where.' })
export class AuditEntryView {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID)
  actorId: string;

  @Field()
  actorName: string;

  @Field()
  action: string;

  @Field()
  targetKind: string;

  @Field(() => ID)
  targetId: string;

  @Field()
  targetName: string;

  @Field(() => String, { description: 'What changed, as JSON (e.g. {"from":"learner","to":"trainer"}).' })
  details: string;

  @Field()
  address: string;
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => RoleEnum)
  role: Role;
}
