import { ormOptions } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { PatientSchema } from './patients/patient.entity.js';
import { Migration20261124000000_patients } from './migrations/Migration20261124000000_patients.js';

/** profiles-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function profilesOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [PatientSchema],
    migrations: [Migration20261124000000_patients],
  });
}
