import { Migration } from '@mikro-orm/migrations';

export class Migration20261123114217 extends Migration {

  override name = 'Migration20261123114217';

  override up(): void | Promise<void> {
    this.addSql(`create table "package_import" ("id" uuid not null, "uploaded_by_id" uuid not null, "file_name" varchar(255) not null, "byte_size" int not null default 0, "locale" varchar(10) not null default 'en', "estimated_minutes" int not null default 30, "status" varchar(20) not null default 'uploaded', "progress" int not null default 0, "problems" jsonb not null, "warnings" jsonb not null, "course_id" varchar(255) null, "course_version" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "package_import_uploaded_by_id_created_at_index" on "package_import" ("uploaded_by_id", "created_at");`);

    this.addSql(`alter table "package_import" add constraint "package_import_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "package_import" cascade;`);
  }

}
