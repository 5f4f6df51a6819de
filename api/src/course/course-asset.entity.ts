import { BigIntType, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A media file used by course content, stored once by the SHA-256 of its bytes and never changed. The row says what
 * the file is; the bytes live in storage under `course-media/<fileName>` (see course-media-store.ts).
 */
@Entity()
export class CourseAsset {
  /** `<sha256>.<extension>`, as lessons link to it: /media/<fileName>. */
  @PrimaryKey({ type: 'string', length: 80 })
  fileName!: string;

  @Property({ type: 'string' })
  contentType!: string;

  /** In bytes: kept here so that a range request needs no round trip to object storage to learn the length. */
  @Property({ type: new BigIntType('number') })
  size!: number;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
