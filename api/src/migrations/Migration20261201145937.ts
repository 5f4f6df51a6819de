import { Migration } from '@mikro-orm/migrations';

export class Migration20261201145937 extends Migration {

  override name = 'Migration20261201145937';

  override up(): void | Promise<void> {
    this.addSql(`create type "publication_action" as enum ('published', 'withdrawn', 'restored');`);
    this.addSql(`create table "course_publication" ("id" uuid not null, "course_id" varchar(255) not null, "action" "publication_action" not null, "version" int not null, "note" text not null, "by_id" uuid null, "files" jsonb null, "media" jsonb null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "course_publication_course_id_index" on "course_publication" ("course_id");`);

    this.addSql(`create table "course_draft" ("course_id" varchar(255) not null, "organisation_id" uuid not null, "files" jsonb not null, "media" jsonb not null, "revision" int not null default 1, "updated_by_id" uuid null, "updated_at" timestamptz not null, primary key ("course_id"));`);

    this.addSql(`create table "review_link" ("id" uuid not null, "draft_course_id" varchar(255) not null, "token_hash" varchar(64) not null, "created_by_id" uuid null, "created_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "review_link" add constraint "review_link_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "review_comment" ("id" uuid not null, "link_id" uuid not null, "unit_id" varchar(80) not null, "name" varchar(80) not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "review_comment_link_id_index" on "review_comment" ("link_id");`);

    this.addSql(`create table "draft_revision" ("id" uuid not null, "draft_course_id" varchar(255) not null, "revision" int not null, "author_id" uuid null, "files" jsonb not null, "media" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "draft_revision" add constraint "draft_revision_draft_course_id_revision_unique" unique ("draft_course_id", "revision");`);

    this.addSql(`alter table "course" add "withdrawn_at" timestamptz null;`);

    this.addSql(`alter table "course_publication" add constraint "course_publication_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete cascade;`);
    this.addSql(`alter table "course_publication" add constraint "course_publication_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "course_draft" add constraint "course_draft_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "course_draft" add constraint "course_draft_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "review_link" add constraint "review_link_draft_course_id_foreign" foreign key ("draft_course_id") references "course_draft" ("course_id") on delete cascade;`);
    this.addSql(`alter table "review_link" add constraint "review_link_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "review_comment" add constraint "review_comment_link_id_foreign" foreign key ("link_id") references "review_link" ("id") on delete cascade;`);

    this.addSql(`alter table "draft_revision" add constraint "draft_revision_draft_course_id_foreign" foreign key ("draft_course_id") references "course_draft" ("course_id") on delete cascade;`);
    this.addSql(`alter table "draft_revision" add constraint "draft_revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "review_link" drop constraint "review_link_draft_course_id_foreign";`);
    this.addSql(`alter table "draft_revision" drop constraint "draft_revision_draft_course_id_foreign";`);
    this.addSql(`alter table "review_comment" drop constraint "review_comment_link_id_foreign";`);

    this.addSql(`drop table if exists "course_publication" cascade;`);
    this.addSql(`drop table if exists "course_draft" cascade;`);
    this.addSql(`drop table if exists "review_link" cascade;`);
    this.addSql(`drop table if exists "review_comment" cascade;`);
    this.addSql(`drop table if exists "draft_revision" cascade;`);

    this.addSql(`alter table "course" drop column "withdrawn_at";`);

    this.addSql(`drop type "publication_action";`);
  }

}
