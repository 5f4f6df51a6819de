import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Organisation } from './organisation.entity.js';
import { ROLES, type Role } from './role.js';
import { User } from './user.entity.js';

@Entity()
@Unique({ properties: ['user', 'organisation', 'role'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Organisation, { deleteRule: 'cascade' })
  organisation!: Organisation;

  @Enum({ items: () => [...ROLES], nativeEnumName: 'role' })
  role!: Role;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
