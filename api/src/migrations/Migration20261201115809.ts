import { Migration } from '@mikro-orm/migrations';

/**
 * Classes: their teachers, students, codes and assignments; enrolments gain their class and assignment;
 * students a teacher adds have no e-mail or password, only the hash of a personal sign-in code.
 */
export class Migration20261201115809 extends Migration {

  override name = 'Migration20261201115809';

  override up(): void | Promise<void> {
    this.addSql(`create type "student_source" as enum ('teacher', 'join_code', 'roster');`);
    this.addSql(`create table "classroom" ("id" uuid not null, "organisation_id" uuid not null, "name" varchar(120) not null, "term" varchar(60) not null, "grade" varchar(40) null, "sign_in_code" varchar(16) not null, "join_code" varchar(16) not null, "join_open" boolean not null default true, "join_code_expires_at" timestamptz null, "archived_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "classroom_organisation_id_index" on "classroom" ("organisation_id");`);
    this.addSql(`alter table "classroom" add constraint "classroom_sign_in_code_unique" unique ("sign_in_code");`);
    this.addSql(`alter table "classroom" add constraint "classroom_join_code_unique" unique ("join_code");`);

    this.addSql(`create table "classroom_teacher" ("classroom_id" uuid not null, "user_id" uuid not null, "added_at" timestamptz not null, primary key ("classroom_id", "user_id"));`);
    this.addSql(`create index "classroom_teacher_user_id_index" on "classroom_teacher" ("user_id");`);

    this.addSql(`create table "classroom_student" ("classroom_id" uuid not null, "user_id" uuid not null, "source" "student_source" not null, "external_id" varchar(255) null, "joined_at" timestamptz not null, primary key ("classroom_id", "user_id"));`);
    this.addSql(`create index "classroom_student_user_id_index" on "classroom_student" ("user_id");`);

    this.addSql(`create table "assignment" ("id" uuid not null, "classroom_id" uuid not null, "course_id" varchar(255) not null, "due_at" timestamptz null, "note" varchar(500) null, "assigned_by_id" uuid null, "assigned_at" timestamptz not null, "withdrawn_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "assignment" add constraint "assignment_classroom_id_course_id_unique" unique ("classroom_id", "course_id");`);

    this.addSql(`alter table "app_user" add "sign_in_key" varchar(4) null, add "sign_in_code_hash" varchar(255) null;`);
    this.addSql(`alter table "app_user" alter column "email" drop not null;`);
    this.addSql(`alter table "app_user" alter column "password_hash" drop not null;`);

    this.addSql(`alter table "enrolment" add "classroom_id" uuid null, add "assignment_id" uuid null;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on delete set null;`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id") on delete set null;`);
    this.addSql(`create index "enrolment_assignment_id_index" on "enrolment" ("assignment_id");`);

    this.addSql(`alter table "classroom" add constraint "classroom_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);

    this.addSql(`alter table "classroom_teacher" add constraint "classroom_teacher_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "classroom_teacher" add constraint "classroom_teacher_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "classroom_student" add constraint "classroom_student_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "classroom_student" add constraint "classroom_student_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assignment" add constraint "assignment_classroom_id_foreign" foreign key ("classroom_id") references "classroom" ("id") on delete cascade;`);
    this.addSql(`alter table "assignment" add constraint "assignment_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete restrict;`);
    this.addSql(`alter table "assignment" add constraint "assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "classroom_teacher" drop constraint "classroom_teacher_classroom_id_foreign";`);
    this.addSql(`alter table "classroom_student" drop constraint "classroom_student_classroom_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_classroom_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_classroom_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_assignment_id_foreign";`);

    this.addSql(`drop table if exists "classroom" cascade;`);
    this.addSql(`drop table if exists "classroom_teacher" cascade;`);
    this.addSql(`drop table if exists "classroom_student" cascade;`);
    this.addSql(`drop table if exists "assignment" cascade;`);

    this.addSql(`alter table "app_user" drop column "sign_in_key", drop column "sign_in_code_hash";`);
    this.addSql(`alter table "app_user" alter column "email" set not null;`);
    this.addSql(`alter table "app_user" alter column "password_hash" set not null;`);

    this.addSql(`drop index "enrolment_assignment_id_index";`);
    this.addSql(`alter table "enrolment" drop column "classroom_id", drop column "assignment_id";`);

    this.addSql(`drop type "student_source";`);
  }

}
