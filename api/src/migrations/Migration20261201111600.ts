import { Migration } from '@mikro-orm/migrations';

/**
 * Drops `course_asset.bytes` once every row's bytes are in storage. The migrate command moves them just before this
 * runs; should anything else run it first, it refuses rather than lose a file (and the whole migrate rolls back).
 */
export class Migration20261201111600 extends Migration {

  override name = 'Migration20261201111600';

  override async up(): Promise<void> {
    const left = await this.execute(`select count(*)::int as n from "course_asset" where "bytes" is not null`);
    if (Number(left[0]?.n ?? 0) > 0)
      throw new Error(`${String(left[0]?.n)} course media file(s) are still in the database: run \`cli.js migrate\`, which moves them to storage first`);
    this.addSql(`alter table "course_asset" drop column "bytes";`);
  }

  override down(): void | Promise<void> {
    // The bytes themselves stay in storage; the column comes back empty.
    this.addSql(`alter table "course_asset" add "bytes" bytea null;`);
  }

}
