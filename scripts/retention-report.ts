/**
 * `npm run retention:report`: the dry run of the retention purge (docs/clinical-record.md, "Retention purge"): per
 * service that keeps soft-deleted records (profiles-svc's patients, labs-svc's lab reports), the records whose
 * retention date has passed and that the next scheduled purge will hard-delete. Changes nothing, prints ids only.
 * Runs with the services' environment (`<SCHEMA>_DATABASE_URL` or DATABASE_URL).
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadServiceConfig, type ServiceConfig } from '@pg/config';
import type { RetentionTask } from '@pg/persistence';
import { labsOrmOptions } from '../apps/labs-svc/src/mikro-orm.config.js';
import { LabReportRetentionTask } from '../apps/labs-svc/src/retention/lab-report-retention.task.js';
import { profilesOrmOptions } from '../apps/profiles-svc/src/mikro-orm.config.js';
import { PatientRetentionTask } from '../apps/profiles-svc/src/retention/patient-retention.task.js';

const SERVICES: { app: string; schema: string; orm: (c: ServiceConfig) => ReturnType<typeof profilesOrmOptions>; task: (schema: string) => RetentionTask }[] = [
  { app: 'profiles-svc', schema: 'profiles', orm: profilesOrmOptions, task: (s) => new PatientRetentionTask(s) },
  { app: 'labs-svc', schema: 'labs', orm: labsOrmOptions, task: (s) => new LabReportRetentionTask(s) },
];

async function main(): Promise<void> {
  const now = new Date();
  for (const s of SERVICES) {
    const config = loadServiceConfig(s.schema);
    const orm = await MikroORM.init({ ...s.orm(config), pool: { min: 0, max: 1 } });
    try {
      const due = await orm.em.fork().transactional((em) => s.task(config.dbSchema).purge(em, now, true));
      console.log(`${s.app}: ${due.length} record(s) past retention at ${now.toISOString()}`);
      for (const r of due) console.log(`  ${r.resource} ${r.id} (patient ${r.patientId})`);
    } finally {
      await orm.close(true);
    }
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const e = err as { message?: string; code?: string };
    console.error(`retention report failed: ${err instanceof ConfigError ? e.message : `${e.code ? `${e.code} ` : ''}${e.message ?? String(err)}`}`);
    process.exit(1);
  },
);
