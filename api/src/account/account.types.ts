import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PermissionsView } from '../access/access.types.js';
import { ROLES, type Role } from './role.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do inside one organisation.' });

@ObjectType()
export class MembershipView {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType({ description: 'The person who is logged in.' })
export class ViewerView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Null for students without e-mail, who sign in with class codes.' })
  email: string | null;

  @Field()
  displayName: string;

  @Field()
  locale: string;

  @Field(() => [MembershipView])
  memberships: MembershipView[];

  @Field(() => PermissionsView)
  can: PermissionsView;
}
