import { Migration } from '@mikro-orm/migrations';

export class Migration20261123032738 extends Migration {

  override name = 'Migration20261123032738';

  override up(): void | Promise<void> {
    this.addSql(`create table "reflection" ("id" uuid not null, "attempt_id" uuid not null, "text" text not null, "shared_with_teacher" boolean not null default false, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "reflection" add constraint "reflection_attempt_id_unique" unique ("attempt_id");`);

    this.addSql(`alter table "reflection" add constraint "reflection_attempt_id_foreign" foreign key ("attempt_id") references "attempt" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "reflection" cascade;`);
  }

}
