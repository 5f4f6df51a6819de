import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A media file used by course content, stored once by the SHA-256 of its bytes and never changed. */
@Entity()
export class CourseAsset {
  /** `<sha256>.<extension>`, as lessons link to it: /media/<fileName>. */
  @PrimaryKey({ type: 'string', length: 80 })
  fileName!: string;

  @Property({ type: 'string' })
  contentType!: string;

  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
