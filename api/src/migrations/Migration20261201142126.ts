import { Migration } from '@mikro-orm/migrations';

export class Migration20261201142126 extends Migration {

  override name = 'Migration20261201142126';

  override up(): void | Promise<void> {
    this.addSql(`create type "publication_action" as enum ('published', 'withdrawn', 'restored');`);
    this.addSql(`create table "course_publication" ("id" uuid not null, "course_id" varchar(255) not null, "action" "publication_action" not null, "version" int not null, "note" text not null, "by_id" uuid null, "files" jsonb null, "media" jsonb null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "course_publication_course_id_index" on "course_publication" ("course_id");`);

    this.addSql(`create table "course_draft" ("course_id" varchar(255) not null, "organisation_id" uuid not null, "files" jsonb not null, "media" jsonb not null, "revision" int not null default 1, "updated_by_id" uuid null, "updated_at" timestamptz not null, primary key ("course_id"));`);

    this.addSql(`create table "draft_revision" ("id" uuid not null, "draft_course_id" varchar(255) not null, "revision" int not null, "author_id" uuid null, "files" jsonb not null, "media" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "draft_revision" add constraint "draft_revision_draft_course_id_revision_unique" unique ("draft_course_id", "revision");`);

    this.addSql(`alter table "course" add "withdrawn_at" timestamptz null;`);

    this.addSql(`alter table "course_publication" add constraint "course_publication_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete cascade;`);
    this.addSql(`alter table "course_publication" add constraint "course_publication_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "course_draft" add constraint "course_draft_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "course_draft" add constraint "course_draft_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "draft_revision" add constraint "draft_revision_draft_course_id_foreign" foreign key ("draft_course_id") references "course_draft" ("course_id") on delete cascade;`);
    this.addSql(`alter table "draft_revision" add constraint "draft_revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "draft_revision" drop constraint "draft_revision_draft_course_id_foreign";`);

    this.addSql(`drop table if exists "course_publication" cascade;`);
    this.addSql(`drop table if exists "course_draft" cascade;`);
    this.addSql(`drop table if exists "draft_revision" cascade;`);

    this.addSql(`alter table "course" drop column "withdrawn_at";`);

    this.addSql(`drop type "publication_action";`);
  }

}
