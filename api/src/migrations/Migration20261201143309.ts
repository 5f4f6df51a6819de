import { Migration } from '@mikro-orm/migrations';

export class Migration20261201143309 extends Migration {

  override name = 'Migration20261201143309';

  override up(): void | Promise<void> {
    this.addSql(`create table "report_schedule" ("id" uuid not null, "organisation_id" uuid not null, "created_by_id" uuid null, "frequency" varchar(10) not null, "format" varchar(10) not null, "course_id" varchar(255) null, "classroom_id" uuid null, "next_run_at" timestamptz not null, "last_sent_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "report_schedule_next_run_at_index" on "report_schedule" ("next_run_at");`);

    this.addSql(`create table "report_schedule_recipient" ("schedule_id" uuid not null, "user_id" uuid not null, primary key ("schedule_id", "user_id"));`);
    this.addSql(`create index "report_schedule_recipient_user_id_index" on "report_schedule_recipient" ("user_id");`);

    this.addSql(`alter table "report_schedule" add constraint "report_schedule_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);
    this.addSql(`alter table "report_schedule" add constraint "report_schedule_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "report_schedule" add constraint "report_schedule_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on delete cascade;`);

    this.addSql(`alter table "report_schedule_recipient" add constraint "report_schedule_recipient_schedule_id_foreign" foreign key ("schedule_id") references "report_schedule" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report_schedule_recipient" add constraint "report_schedule_recipient_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_schedule_recipient" drop constraint "report_schedule_recipient_schedule_id_foreign";`);

    this.addSql(`drop table if exists "report_schedule" cascade;`);
    this.addSql(`drop table if exists "report_schedule_recipient" cascade;`);
  }

}
