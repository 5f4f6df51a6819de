import { Migration } from '@mikro-orm/migrations';

export class Migration20261123030219 extends Migration {

  override name = 'Migration20261123030219';

  override up(): void | Promise<void> {
    this.addSql(`create type "role" as enum ('learner', 'teacher', 'trainer', 'partner_admin', 'admin');`);
    this.addSql(`create table "course" ("id" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "course_version" ("id" uuid not null, "course_id" varchar(255) not null, "version" int not null, "content_hash" varchar(64) not null, "content" jsonb not null, "published_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "course_version" add constraint "course_version_course_id_version_unique" unique ("course_id", "version");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "slug" varchar(255) not null, "name" varchar(255) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(255) not null, "display_name" varchar(255) not null, "password_hash" varchar(255) not null, "locale" varchar(10) not null default 'en', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "role" "role" not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_organisation_id_role_unique" unique ("user_id", "organisation_id", "role");`);

    this.addSql(`create table "enrolment" ("id" uuid not null, "user_id" uuid not null, "course_id" varchar(255) not null, "course_version_id" uuid not null, "enrolled_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_user_id_course_id_unique" unique ("user_id", "course_id");`);

    this.addSql(`create table "attempt" ("id" uuid not null, "enrolment_id" uuid not null, "unit_id" varchar(255) not null, "seq" int not null default 0, "cmi" jsonb not null, "session_seconds" jsonb not null, "completion_status" varchar(255) not null default 'not attempted', "success_status" varchar(255) not null default 'unknown', "score_scaled" double precision null, "total_seconds" double precision not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "attempt" add constraint "attempt_enrolment_id_unit_id_unique" unique ("enrolment_id", "unit_id");`);

    this.addSql(`create table "certificate" ("id" uuid not null, "enrolment_id" uuid not null, "user_id" uuid not null, "code" varchar(32) not null, "learner_name" varchar(255) not null, "course_title" varchar(255) not null, "course_version" int not null, "issued_at" timestamptz not null, "pdf" bytea not null, primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_enrolment_id_unique" unique ("enrolment_id");`);
    this.addSql(`create index "certificate_user_id_index" on "certificate" ("user_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_code_unique" unique ("code");`);

    this.addSql(`alter table "course_version" add constraint "course_version_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_course_id_foreign" foreign key ("course_id") references "course" ("id");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_course_version_id_foreign" foreign key ("course_version_id") references "course_version" ("id");`);

    this.addSql(`alter table "attempt" add constraint "attempt_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on delete cascade;`);

    this.addSql(`alter table "certificate" add constraint "certificate_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on delete cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "course_version" drop constraint "course_version_course_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_course_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_course_version_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_user_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_user_id_foreign";`);
    this.addSql(`alter table "attempt" drop constraint "attempt_enrolment_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_enrolment_id_foreign";`);

    this.addSql(`drop table if exists "course" cascade;`);
    this.addSql(`drop table if exists "course_version" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "enrolment" cascade;`);
    this.addSql(`drop table if exists "attempt" cascade;`);
    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop type "role";`);
  }

}
