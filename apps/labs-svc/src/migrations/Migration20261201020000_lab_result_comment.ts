import { Migration } from '@mikro-orm/migrations';

/**
 * Method, evaluation and comment lines a report prints with a result (`Method - …`, `Eval: …`, HL7 NTE) are kept with
 * it instead of being skipped. Free text of the patient's report: returned with the result, never logged.
 */
export class Migration20261201020000_lab_result_comment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "lab_result" add column "comment" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lab_result" drop column "comment";`);
  }
}
