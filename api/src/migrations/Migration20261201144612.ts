import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144612 extends Migration {

  override name = 'Migration20261201144612';

  override up(): void | Promise<void> {
    this.addSql(`create table "mfa_passkey_registration" ("user_id" uuid not null, "challenge" varchar(255) not null, "expires_at" timestamptz not null, primary key ("user_id"));`);

    this.addSql(`create table "mfa_passkey" ("id" uuid not null, "user_id" uuid not null, "credential_id" text not null, "public_key" text not null, "counter" int not null default 0, "transports" jsonb null, "created_at" timestamptz not null, "last_used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "mfa_passkey_user_id_index" on "mfa_passkey" ("user_id");`);
    this.addSql(`alter table "mfa_passkey" add constraint "mfa_passkey_credential_id_unique" unique ("credential_id");`);

    this.addSql(`alter table "mfa_login_challenge" add "passkey_challenge" varchar(255) null;`);

    this.addSql(`alter table "mfa_passkey_registration" add constraint "mfa_passkey_registration_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mfa_passkey" add constraint "mfa_passkey_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mfa_passkey_registration" cascade;`);
    this.addSql(`drop table if exists "mfa_passkey" cascade;`);

    this.addSql(`alter table "mfa_login_challenge" drop column "passkey_challenge";`);
  }

}
