import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organisation } from '../../account/organisation.entity.js';
import { User } from '../../account/user.entity.js';

export const IMPORT_STATUSES = ['uploaded', 'validating', 'unpacking', 'published', 'unchanged', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One uploaded SCORM zip on its way to becoming a course version, with what the checks found. */
@Entity()
@Index({ properties: ['uploadedBy', 'createdAt'] })
export class PackageImport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  uploadedBy!: User;

  /** The organisation the trainer uploads for: the course belongs to it. Null only for uploads made before courses had owners. */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'cascade' })
  organisation?: Organisation | null;

  /** The name of the file as the trainer chose it, for their list of uploads. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  // Uploads are capped well below 2 GB, so an integer holds any size.
  @Property({ type: 'integer' })
  byteSize: Opt<number> = 0;

  /** The language the package is written in (the course's source language). */
  @Property({ type: 'string', length: 10 })
  locale: Opt<string> = 'en';

  /** How long the trainer says the course takes, shown in the catalogue. */
  @Property({ type: 'integer' })
  estimatedMinutes: Opt<number> = 30;

  @Property({ type: 'string', length: 20 })
  status: Opt<ImportStatus> = 'uploaded';

  /** 0–100 while validating and unpacking. */
  @Property({ type: 'integer' })
  progress: Opt<number> = 0;

  /** Why the package was refused, in words a trainer understands. */
  @Property({ type: 'json' })
  problems: Opt<string[]> = [];

  /** What the platform ignores or treats approximately in this package. */
  @Property({ type: 'json' })
  warnings: Opt<string[]> = [];

  @Property({ type: 'string', nullable: true })
  courseId?: string | null;

  @Property({ type: 'integer', nullable: true })
  courseVersion?: number | null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
