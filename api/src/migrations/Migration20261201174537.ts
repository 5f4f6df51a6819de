import { Migration } from '@mikro-orm/migrations';

export class Migration20261201174537 extends Migration {

  override name = 'Migration20261201174537';

  override up(): void | Promise<void> {
    this.addSql(`alter table "report_schedule" add "period" varchar(20) null, add "status" varchar(20) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_schedule" drop column "period", drop column "status";`);
  }

}
