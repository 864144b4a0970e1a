import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceConfig } from '@pg/config';
import type { PurgedRecord, RetentionTask } from '@pg/persistence';

export const LABS_SCHEMA = Symbol('LABS_SCHEMA');

/**
 * labs-svc's retention purge: lab reports soft-deleted whose `retain_until` has passed are hard-deleted with their
 * results (the `lab_report_keep` / `lab_result_keep` triggers allow exactly these deletes). Locked rows are skipped
 * until the next run.
 */
@Injectable()
export class LabReportRetentionTask implements RetentionTask {
  readonly lockKey: string;

  constructor(@Inject(LABS_SCHEMA) private readonly schema: string) {
    this.lockKey = `retention:${schema}`;
  }

  static forConfig(config: Pick<ServiceConfig, 'dbSchema'>) {
    return { provide: LABS_SCHEMA, useValue: config.dbSchema };
  }

  async purge(em: EntityManager, now: Date, dryRun: boolean): Promise<PurgedRecord[]> {
    const t = (name: string) => `"${this.schema}"."${name}"`;
    const due = await em.execute<{ id: string; patient_id: string }[]>(
      `select "id", "patient_id" from ${t('lab_report')} where "deleted_at" is not null and "retain_until" <= ? order by "retain_until", "id" for update skip locked`,
      [now],
    );
    const purged = due.map((r) => ({ resource: 'lab-report', id: r.id, patientId: r.patient_id }));
    if (!purged.length || dryRun) return purged;
    const ids = purged.map((r) => r.id);
    await em.execute(`delete from ${t('lab_result')} where "report_id" in (?)`, [ids]);
    await em.execute(`delete from ${t('lab_report')} where "id" in (?)`, [ids]);
    return purged;
  }
}
