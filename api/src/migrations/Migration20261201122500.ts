import { Migration } from '@mikro-orm/migrations';

/**
 * Two-step log-in (mfa/), deactivated accounts, and the append-only audit log (audit/). The audit table
 * refuses UPDATE, DELETE and TRUNCATE with triggers, so not even the api's own database user (the table's
 * owner, whom REVOKE would not bind) can change what was recorded.
 */
export class Migration20261201122500 extends Migration {

  override name = 'Migration20261201122500';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "deactivated_at" timestamptz null;`);
    this.addSql(`alter table "session" add column "second_factor" boolean not null default false;`);

    this.addSql(`create table "mfa_totp" ("id" uuid not null, "user_id" uuid not null, "secret" varchar(255) not null, "confirmed_at" timestamptz null, "last_time_step" int null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "mfa_totp" add constraint "mfa_totp_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "mfa_totp" add constraint "mfa_totp_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`create table "mfa_recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "mfa_recovery_code_user_id_index" on "mfa_recovery_code" ("user_id");`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_code_hash_unique" unique ("code_hash");`);
    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`create table "mfa_login_challenge" ("token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "failures" int not null default 0, primary key ("token_hash"));`);
    this.addSql(`alter table "mfa_login_challenge" add constraint "mfa_login_challenge_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid not null, "actor_name" varchar(255) not null, "action" varchar(255) not null, "target_kind" varchar(255) not null, "target_id" uuid not null, "target_name" varchar(255) not null, "details" jsonb not null, "address" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_target_id_index" on "audit_entry" ("target_id");`);
    this.addSql(`create function audit_entry_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_entry_no_update_or_delete before update or delete on "audit_entry" for each row execute function audit_entry_is_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function audit_entry_is_append_only();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists audit_entry_is_append_only();`);
    this.addSql(`drop table if exists "mfa_login_challenge" cascade;`);
    this.addSql(`drop table if exists "mfa_recovery_code" cascade;`);
    this.addSql(`drop table if exists "mfa_totp" cascade;`);
    this.addSql(`alter table "session" drop column "second_factor";`);
    this.addSql(`alter table "app_user" drop column "deactivated_at";`);
  }

}
