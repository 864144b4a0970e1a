import { Migration } from '@mikro-orm/migrations';

/**
 * A partner record that started a patient (resolveIdentity's or a webhook's `created`: PatientCreator.create made the
 * patient's profile from its name, birth date and e-mail) names that patient: the profile is then its copy, not a
 * second witness, while it holds no fact the record did not give (docs/identity.md, "A profile entering the index").
 */
export class Migration20261207500000_match_record_started_patient extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "match_record" add column "started_patient_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "match_record" drop column "started_patient_id";`);
  }
}
