import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154734 extends Migration {

  override name = 'Migration20261201154734';

  override up(): void | Promise<void> {
    this.addSql(`create table "shared_data" ("enrolment_id" uuid not null, "target_id" text not null, "store" text not null, "updated_at" timestamptz not null, primary key ("enrolment_id", "target_id"));`);

    this.addSql(`alter table "shared_data" add constraint "shared_data_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "shared_data" cascade;`);
  }

}
