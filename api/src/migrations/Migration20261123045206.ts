import { Migration } from '@mikro-orm/migrations';

export class Migration20261123045206 extends Migration {

  override name = 'Migration20261123045206';

  override up(): void | Promise<void> {
    this.addSql(`create table "course_asset" ("file_name" varchar(80) not null, "content_type" varchar(255) not null, "bytes" bytea not null, "created_at" timestamptz not null, primary key ("file_name"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "course_asset" cascade;`);
  }

}
