import { Migration } from '@mikro-orm/migrations';

/**
 * A review item may be `superseded`: its record was linked to a patient after it was queued (adoption, a later
 * certain match, a person's link or accept) and the link's own decision did not ask it again, so it closes itself
 * (docs/identity.md, "Automation and the review queue"). The item keeps the link that closed it: the record, its
 * patient and the link's method (`decided_by`, `decided_at`: who linked, when).
 */
export class Migration20261207300000_review_item_superseded extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "review_item" drop constraint "review_item_status_check";`);
    this.addSql(`alter table "review_item" add constraint "review_item_status_check"
      check ("status" in ('open', 'deferred', 'accepted', 'rejected', 'superseded'));`);
    this.addSql(`alter table "review_item" add column "superseded_record" uuid null, add column "superseded_patient" uuid null,
      add column "superseded_method" varchar(16) null;`);
  }

  override async down(): Promise<void> {
    // Back to waiting, unless the same pair waits again since (one waiting item per pair): that one stays.
    this.addSql(`delete from "review_item" s where s."status" = 'superseded'
      and exists (select 1 from "review_item" w where w."pair_key" = s."pair_key" and w."status" in ('open', 'deferred'));`);
    this.addSql(`update "review_item" set "status" = 'open', "decided_by" = null, "decided_at" = null where "status" = 'superseded';`);
    this.addSql(`alter table "review_item" drop column "superseded_method", drop column "superseded_patient", drop column "superseded_record";`);
    this.addSql(`alter table "review_item" drop constraint "review_item_status_check";`);
    this.addSql(`alter table "review_item" add constraint "review_item_status_check" check ("status" in ('open', 'deferred', 'accepted', 'rejected'));`);
  }
}
