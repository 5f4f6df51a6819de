import { Migration } from '@mikro-orm/migrations';

export class Migration20261123041140 extends Migration {

  override name = 'Migration20261123041140';

  override up(): void | Promise<void> {
    this.addSql(`alter table "attempt" add "session_seqs" jsonb not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attempt" drop column "session_seqs";`);
  }

}
