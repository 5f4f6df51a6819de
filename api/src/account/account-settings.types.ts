import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './account.types.js';
import type { Role } from './role.js';

@ObjectType({ description: "The logged-in person's own account settings." })
export class AccountView {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'The address was proven by a mailed link.' })
  emailVerified: boolean;

  @Field({ description: 'False for students a teacher added, who sign in with class codes.' })
  hasPassword: boolean;
}

@ObjectType({ description: 'One of my active sessions.' })
export class SessionView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'What it was started with, as the browser names itself.' })
  device: string | null;

  @Field()
  startedAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field({ description: 'Started as a shared computer: ends with the browser.' })
  sharedComputer: boolean;

  @Field({ description: 'The session making this request.' })
  current: boolean;
}

@ObjectType()
export class InvitableOrganisationView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'An invitation, as its link shows it.' })
export class InvitationView {
  @Field()
  organisationName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  email: string;

  @Field({ description: 'An account with this address exists: accepting joins it (logged in as it).' })
  hasAccount: boolean;
}

@ObjectType({ description: 'An invitation not yet accepted.' })
export class PendingInvitationView {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  organisationName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  expiresAt: Date;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The secret from the mailed link.' })
  token: string;

  @Field()
  newPassword: string;
}

@InputType()
export class EmailChangeInput {
  @Field()
  newEmail: string;

  @Field({ description: 'The current password, again.' })
  password: string;
}

@InputType()
export class InviteInput {
  @Field(() => ID)
  organisationId: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ nullable: true, description: "The invitation mail's language (default: the inviter's)." })
  locale?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token: string;

  @Field({ nullable: true, description: 'For a new account: the name to show.' })
  displayName?: string;

  @Field({ nullable: true, description: 'For a new account: its password.' })
  password?: string;
}
