import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150627 extends Migration {

  override name = 'Migration20261201150627';

  override up(): void | Promise<void> {
    this.addSql(`create index "enrolment_organisation_id_index" on "enrolment" ("organisation_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "enrolment_organisation_id_index";`);
  }

}
