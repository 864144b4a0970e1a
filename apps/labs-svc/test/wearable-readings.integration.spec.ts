import { randomUUID } from 'node:crypto';
import { ErrorCode, type DomainException, LABS, type Page, type WearableReadingDto } from '@pg/contracts';
import { actor, publishedAuditEvents } from '@pg/testing';
import { WearableSampleStore } from '../src/wearables/wearable-sample.store.js';
import type { WearableSample } from '../src/wearables/wearable-sample.js';
import { startLabsHarness, wearableImports, type LabsHarness } from './wearables-test-kit.js';

/*
 * labs.wearable.readings (the FHIR export's vital signs, docs/fhir.md): a patient's readings of provider `fhir`,
 * every one exactly once over its pages, oldest first (ties by source key), nothing of another provider; read as the
 * samples are (Wearable, value).
 */

let h: LabsHarness;
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const clinicianOf = (...patientIds: string[]) => actor(['clinician'], { careTeam: patientIds });
const { importFile } = wearableImports(() => h);

const P = randomUUID();
const fhir = (metric: string, at: string, value: number, unit: string, key: string): WearableSample => ({
  provider: 'fhir', device: null, metric, start: new Date(at), end: null, value, unit, sourceKey: key,
});
// Written out of order; two at the same instant (a blood-pressure panel), told apart by key.
const SAMPLES = [
  fhir('body_weight', '2021-03-02T20:32:26Z', 94.5, 'kg', 'Observation/w2'),
  fhir('diastolic_bp', '2013-02-19T20:32:26Z', 81, 'mm[Hg]', 'Observation/bp1@8462-4'),
  fhir('systolic_bp', '2013-02-19T20:32:26Z', 122, 'mm[Hg]', 'Observation/bp1@8480-6'),
  fhir('heart_rate', '2015-02-24T20:32:26Z', 64, '/min', 'Observation/hr1'),
  fhir('body_weight', '2013-02-19T20:32:26Z', 93.4, 'kg', 'Observation/w1'),
];

beforeAll(async () => {
  h = await startLabsHarness();
  await h.app.get(WearableSampleStore).write(P, 'upload', { format: 'fhir', samples: SAMPLES, rejected: [] }, { importId: randomUUID(), timeZone: 'UTC' });
  // A reading of another provider (Nightscout CGM), which is not a FHIR import's.
  const ns = JSON.stringify([{ _id: 'e1', date: Date.parse('2014-01-01T08:00:00Z'), dateString: '2014-01-01T08:00:00.000Z', sgv: 120, type: 'sgv', direction: 'Flat' }]);
  expect(await importFile(P, ns)).toMatchObject({ status: 'completed', accepted: 1 });
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

describe('labs.wearable.readings', () => {
  it('pages through every FHIR reading once, by time then key, with its metric, value, unit and key', async () => {
    const seen: WearableReadingDto[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<WearableReadingDto> = await h.rpc.request(LABS.wearableReadings, { patientId: P, query: { limit: 2, ...(cursor ? { cursor } : {}) } }, clinicianOf(P));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([
      { metric: 'diastolic_bp', at: '2013-02-19T20:32:26.000Z', value: 81, unit: 'mm[Hg]', key: 'Observation/bp1@8462-4' },
      { metric: 'systolic_bp', at: '2013-02-19T20:32:26.000Z', value: 122, unit: 'mm[Hg]', key: 'Observation/bp1@8480-6' },
      { metric: 'body_weight', at: '2013-02-19T20:32:26.000Z', value: 93.4, unit: 'kg', key: 'Observation/w1' },
      { metric: 'heart_rate', at: '2015-02-24T20:32:26.000Z', value: 64, unit: '/min', key: 'Observation/hr1' },
      { metric: 'body_weight', at: '2021-03-02T20:32:26.000Z', value: 94.5, unit: 'kg', key: 'Observation/w2' },
    ]);
  });

  it('refuses a cursor it did not make, unknown fields, and readers who may not read the values; every read is audited', async () => {
    const reader = clinicianOf(P);
    const bad = await failure(h.rpc.request(LABS.wearableReadings, { patientId: P, query: { cursor: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } }, reader));
    expect(bad?.code).toBe(ErrorCode.VALIDATION_FAILED);
    const extra = await failure(h.rpc.request(LABS.wearableReadings, { patientId: P, query: { provider: 'dexcom' } }, reader));
    expect(extra?.code).toBe(ErrorCode.VALIDATION_FAILED);
    const outsider = clinicianOf(randomUUID());
    expect((await failure(h.rpc.request(LABS.wearableReadings, { patientId: P, query: {} }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
    const coordinator = actor(['coordinator'], { careTeam: [P] });
    expect((await failure(h.rpc.request(LABS.wearableReadings, { patientId: P, query: {} }, coordinator)))?.code).toBe(ErrorCode.FORBIDDEN);
    const ok = actor(['clinician'], { careTeam: [P] });
    expect((await h.rpc.request<Page<WearableReadingDto>>(LABS.wearableReadings, { patientId: P, query: {} }, ok)).items).toHaveLength(SAMPLES.length);
    const events = await publishedAuditEvents(h.nc, h.world);
    const of = (who: { principalId?: string }) => events.filter((e) => e.actor.principalId === who.principalId).map((e) => [e.action, e.outcome, e.resource.type]);
    expect(of(ok)).toEqual([['read', 'success', 'wearable-readings']]);
    expect(of(outsider)).toEqual([['read', 'denied', 'wearable-readings']]);
    expect(of(coordinator)).toEqual([['read', 'denied', 'wearable-readings']]);
  });
});
