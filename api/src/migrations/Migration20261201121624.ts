import { Migration } from '@mikro-orm/migrations';

/** Roster uploads between their preview and their application (roster/roster-import.entity.ts). */
export class Migration20261201121624 extends Migration {

  override name = 'Migration20261201121624';

  override up(): void | Promise<void> {
    this.addSql(`create table "roster_import" ("id" uuid not null, "classroom_id" uuid not null, "uploaded_by_id" uuid not null, "file_name" varchar(255) not null, "format" varchar(12) not null, "bytes" bytea null, "roster_class" varchar(255) null, "created_at" timestamptz not null, "applied_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "roster_import_created_at_index" on "roster_import" ("created_at");`);
    this.addSql(`alter table "roster_import" add constraint "roster_import_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on delete cascade;`);
    this.addSql(`alter table "roster_import" add constraint "roster_import_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "roster_import" cascade;`);
  }

}
