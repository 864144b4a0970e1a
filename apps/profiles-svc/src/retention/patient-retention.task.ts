import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceConfig } from '@pg/config';
import type { PurgedRecord, RetentionTask } from '@pg/persistence';

export const PROFILES_SCHEMA = Symbol('PROFILES_SCHEMA');

/** What profiles-svc holds of a patient, purged with the patient row (children first). */
const PATIENT_TABLES = ['conversation_message', 'conversation', 'timeline_entry', 'check_in', 'medication', 'condition'] as const;

/**
 * profiles-svc's retention purge: patients soft-deleted whose `retain_until` has passed are hard-deleted with
 * everything profiles-svc holds of them (conversations and their messages, timeline entries, check-ins, medications,
 * conditions). Locked rows (a restore in flight) are skipped until the next run.
 */
@Injectable()
export class PatientRetentionTask implements RetentionTask {
  readonly lockKey: string;

  constructor(@Inject(PROFILES_SCHEMA) private readonly schema: string) {
    this.lockKey = `retention:${schema}`;
  }

  static forConfig(config: Pick<ServiceConfig, 'dbSchema'>) {
    return { provide: PROFILES_SCHEMA, useValue: config.dbSchema };
  }

  async purge(em: EntityManager, now: Date, dryRun: boolean): Promise<PurgedRecord[]> {
    const t = (name: string) => `"${this.schema}"."${name}"`;
    const due = await em.execute<{ id: string }[]>(
      `select "id" from ${t('patient')} where "deleted_at" is not null and "retain_until" <= ? order by "retain_until", "id" for update skip locked`,
      [now],
    );
    const ids = due.map((r) => r.id);
    if (!ids.length || dryRun) return ids.map((id) => ({ resource: 'patient', id, patientId: id }));
    for (const table of PATIENT_TABLES) await em.execute(`delete from ${t(table)} where "patient_id" in (?)`, [ids]);
    await em.execute(`delete from ${t('patient')} where "id" in (?)`, [ids]);
    return ids.map((id) => ({ resource: 'patient', id, patientId: id }));
  }
}
