import { Migration } from '@mikro-orm/migrations';

/**
 * The house for what comes next: the events outbox; courses, uploads and enrolments gain their
 * organisation; scores that nobody reported are cleared.
 */
export class Migration20261201112000 extends Migration {

  override name = 'Migration20261201112000';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null, "relayed_at" timestamptz null);`);
    this.addSql(`create index "outbox_event_pending_idx" on "outbox_event" ("id") where "relayed_at" is null;`);

    this.addSql(`alter table "course" add "organisation_id" uuid null;`);
    this.addSql(`alter table "course" add constraint "course_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);

    this.addSql(`alter table "package_import" add "organisation_id" uuid null;`);
    this.addSql(`alter table "package_import" add constraint "package_import_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "enrolment" add "organisation_id" uuid null;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);

    // Uploads belong to the organisation where the uploader is a trainer (else an admin); their courses
    // to the organisation of their first upload. Courses from files stay the platform's (null).
    this.addSql(`update "package_import" p set "organisation_id" = (
      select m."organisation_id" from "membership" m where m."user_id" = p."uploaded_by_id" and m."role" in ('trainer', 'admin')
       order by (m."role" = 'trainer') desc, m."created_at" limit 1);`);
    this.addSql(`update "course" c set "organisation_id" = (
      select p."organisation_id" from "package_import" p where p."course_id" = c."id" and p."organisation_id" is not null
       order by p."created_at" limit 1) where c."id" like 'scorm-%';`);
    this.addSql(`update "enrolment" e set "organisation_id" = (
      select m."organisation_id" from "membership" m where m."user_id" = e."user_id"
       order by (m."role" = 'learner') desc, m."created_at" limit 1);`);

    // least()/greatest() skip NULLs, so an attempt that never reported a score was stored as 1 (100 %).
    this.addSql(`update "attempt" set "score_scaled" = null
      where coalesce("cmi"->>'cmi.score.scaled', '') = '' and coalesce("cmi"->>'cmi.score.raw', '') = '' and "score_scaled" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);
    this.addSql(`alter table "course" drop constraint "course_organisation_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_organisation_id_foreign";`);
    this.addSql(`alter table "package_import" drop constraint "package_import_organisation_id_foreign";`);
    this.addSql(`alter table "course" drop column "organisation_id";`);
    this.addSql(`alter table "enrolment" drop column "organisation_id";`);
    this.addSql(`alter table "package_import" drop column "organisation_id";`);
  }

}
