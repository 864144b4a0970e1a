import { randomUUID } from 'node:crypto';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DomainException } from '@pg/contracts';
import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@pg/testing';
import { ensureDatabase } from './orm.js';
import {
  clearPatientMerged, liveRowSql, markPatientDeleted, markPatientMerged, markPatientRestored, notLivePatientIds, patientStateOf, requireLivePatient,
} from './patient-state.js';

// The table as shared-contracts §3 defines it (each service's migration creates the same).
const DDL = (schema: string) => `create table "${schema}"."patient_state" (
  "patient_id" uuid primary key,
  "state" text not null,
  "merged_into" uuid null,
  "changed_at" timestamptz not null)`;

async function refusal(p: Promise<unknown>): Promise<DomainException> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainException) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('patient state guard', () => {
  const schema = `pstate_${uniqueSuffix()}`;
  let orm: MikroORM;
  const em = () => orm.em.fork();
  const T0 = new Date('2026-01-01T00:00:00Z');
  const later = (ms: number) => new Date(T0.getTime() + ms);

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    orm = await MikroORM.init({ driver: PostgreSqlDriver, clientUrl: TEST_DATABASE_URL, entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: false, pool: { min: 0, max: 2 } });
    await orm.em.getConnection().execute(`create schema "${schema}"`);
    await orm.em.getConnection().execute(DDL(schema));
  });
  afterAll(async () => {
    await orm?.close(true);
    await dropSchema(schema);
  });

  it('lets a live patient through and refuses a deleted one with a bare NOT_FOUND, audited as a refusal', async () => {
    const live = randomUUID();
    const gone = randomUUID();
    await markPatientDeleted(em(), schema, gone, T0);

    await expect(requireLivePatient(em(), schema, live, () => true)).resolves.toBeUndefined();
    expect(await patientStateOf(em(), schema, live)).toBeNull();

    expect(await patientStateOf(em(), schema, gone)).toEqual({ state: 'deleted', mergedInto: null });
    const err = await refusal(requireLivePatient(em(), schema, gone, () => true));
    expect(err.toBody()).toEqual({ code: 'NOT_FOUND', message: 'Patient not found' });
    expect(err.auditOutcome).toBe('denied');
  });

  it('restores a deleted patient, and ignores a redelivered older deletion after a newer restore', async () => {
    const p = randomUUID();
    await markPatientDeleted(em(), schema, p, T0);
    await markPatientRestored(em(), schema, p, later(1000));
    await expect(requireLivePatient(em(), schema, p, () => true)).resolves.toBeUndefined();

    // Deleted again later, then the first restore is redelivered: still deleted.
    await markPatientDeleted(em(), schema, p, later(2000));
    await markPatientRestored(em(), schema, p, later(1000));
    expect(await patientStateOf(em(), schema, p)).toEqual({ state: 'deleted', mergedInto: null });
  });

  it('names the survivor of a merge only to a caller who may read it', async () => {
    const source = randomUUID();
    const survivor = randomUUID();
    await markPatientMerged(em(), schema, source, survivor, T0);

    const allowed = await refusal(requireLivePatient(em(), schema, source, (id) => id === survivor));
    expect(allowed.toBody()).toEqual({ code: 'NOT_FOUND', message: 'Patient not found', details: [{ mergedInto: survivor }] });
    const other = await refusal(requireLivePatient(em(), schema, source, () => false));
    expect(other.toBody()).toEqual({ code: 'NOT_FOUND', message: 'Patient not found' });

    // A deletion or restore event does not turn a merge into something else.
    await markPatientDeleted(em(), schema, source, later(1000));
    await markPatientRestored(em(), schema, source, later(2000));
    expect(await patientStateOf(em(), schema, source)).toEqual({ state: 'merged', mergedInto: survivor });

    await clearPatientMerged(em(), schema, source);
    await expect(requireLivePatient(em(), schema, source, () => false)).resolves.toBeUndefined();
  });

  it('runs inside the caller’s transaction: a rolled-back merge leaves the patient live', async () => {
    const p = randomUUID();
    await expect(
      em().transactional(async (tx) => {
        await markPatientMerged(tx, schema, p, randomUUID(), T0);
        expect((await patientStateOf(tx, schema, p))?.state).toBe('merged');
        throw new Error('participant failed');
      }),
    ).rejects.toThrow('participant failed');
    expect(await patientStateOf(em(), schema, p)).toBeNull();
  });

  it('filters a set of patients and a list query down to the live ones', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await markPatientDeleted(em(), schema, b, T0);
    await markPatientMerged(em(), schema, c, a, T0);
    expect(await notLivePatientIds(em(), schema, [a, b, c])).toEqual(new Set([b, c]));
    expect(await notLivePatientIds(em(), schema, [])).toEqual(new Set());

    const rows = await em().execute<{ id: string }[]>(
      `select t.id from (values (?::uuid), (?::uuid), (?::uuid)) as t(id) where ${liveRowSql(schema, 't.id')}`,
      [a, b, c],
    );
    expect(rows.map((r) => r.id)).toEqual([a]);
  });
});
