import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../account/user.entity.js';
import { Classroom } from '../classroom/classroom.entity.js';

export const ROSTER_FORMATS = ['csv', 'xlsx', 'oneroster'] as const;
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

/**
 * An uploaded roster between its preview and its application. The file is kept only so that "apply"
 * imports exactly what was previewed; it is dropped when applied, and unapplied uploads older than a day
 * are deleted (they name minors).
 */
@Entity()
@Index({ properties: ['createdAt'] })
export class RosterImport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Classroom, { deleteRule: 'cascade' })
  classroom!: Classroom;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  uploadedBy!: User;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 12 })
  format!: RosterFormat;

  @Property({ type: 'blob', nullable: true, lazy: true })
  bytes?: Buffer | null;

  /** The OneRoster class the teacher chose, when the file holds several. */
  @Property({ type: 'string', length: 255, nullable: true })
  rosterClass?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  appliedAt?: Date | null;
}
