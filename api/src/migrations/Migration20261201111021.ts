import { Migration } from '@mikro-orm/migrations';

/**
 * Course media moves from the `bytes` column to storage. This step only makes room: `size` is filled from the bytes
 * still in the database, and `bytes` may now be empty. The migrate command then copies each row's bytes to storage and
 * clears them (course-media-store.ts, moveLegacyMediaBytes); Migration20261201111600 drops the column afterwards.
 */
export class Migration20261201111021 extends Migration {

  override name = 'Migration20261201111021';

  override up(): void | Promise<void> {
    this.addSql(`alter table "course_asset" add "size" bigint null;`);
    this.addSql(`update "course_asset" set "size" = octet_length("bytes");`);
    this.addSql(`alter table "course_asset" alter column "size" set not null;`);
    this.addSql(`alter table "course_asset" alter column "bytes" drop not null;`);
  }

  override down(): void | Promise<void> {
    // Only possible while no row has been moved to storage yet: the not-null constraint refuses emptied rows.
    this.addSql(`alter table "course_asset" alter column "bytes" set not null;`);
    this.addSql(`alter table "course_asset" drop column "size";`);
  }

}
