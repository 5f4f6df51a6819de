import { Migration } from '@mikro-orm/migrations';

/** SCORM 2004 sequencing state per enrolment, kept by the sequencing engine (progress/sequencing). */
export class Migration20261201121000 extends Migration {

  override name = 'Migration20261201121000';

  override up(): void | Promise<void> {
    this.addSql(`create table "sequencing_state" ("enrolment_id" uuid not null, "state" text not null, "delivered" text[] not null default '{}', "updated_at" timestamptz not null, primary key ("enrolment_id"));`);
    this.addSql(`alter table "sequencing_state" add constraint "sequencing_state_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sequencing_state" cascade;`);
  }

}
