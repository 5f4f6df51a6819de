import { Migration } from '@mikro-orm/migrations';

/**
 * Account links (password reset, e-mail verification and change, invitations: account/account-token.entity.ts),
 * verified addresses, sessions that can be listed and idle out, and the codes of certificates revoked by
 * their holder. Existing sessions get a public id and count as used now.
 */
export class Migration20261201123000 extends Migration {

  override name = 'Migration20261201123000';

  override up(): void | Promise<void> {
    this.addSql(`create type "token_purpose" as enum ('password_reset', 'email_verification', 'email_change', 'invitation');`);
    this.addSql(`create table "account_token" ("id" uuid not null, "purpose" "token_purpose" not null, "user_id" uuid null, "email" varchar(255) not null, "previous_email" varchar(255) null, "organisation_id" uuid null, "role" "role" null, "invited_by_id" uuid null, "locale" varchar(10) null, "token_hash" varchar(64) null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "account_token_user_id_index" on "account_token" ("user_id");`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "account_token" add constraint "account_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);
    this.addSql(`alter table "account_token" add constraint "account_token_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`create table "certificate_revocation" ("code" varchar(32) not null, "revoked_at" timestamptz not null, primary key ("code"));`);

    this.addSql(`alter table "app_user" add "email_verified_at" timestamptz null;`);

    this.addSql(`alter table "session" add "public_id" uuid not null default gen_random_uuid(), add "last_used_at" timestamptz not null default now(), add "persistent" boolean not null default true, add "device" varchar(200) null;`);
    this.addSql(`alter table "session" alter column "public_id" drop default, alter column "last_used_at" drop default;`);
    this.addSql(`alter table "session" add constraint "session_public_id_unique" unique ("public_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_public_id_unique";`);
    this.addSql(`alter table "session" drop column "public_id", drop column "last_used_at", drop column "persistent", drop column "device";`);
    this.addSql(`alter table "app_user" drop column "email_verified_at";`);
    this.addSql(`drop table if exists "certificate_revocation" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`drop type "token_purpose";`);
  }

}
