import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProtocolDto } from '@pg/contracts';
import { toCarePlan } from '../export/treatments.js';
import { validateFhir } from '../validate.js';
import type { BundleEntry } from './bundle-reader.js';
import { partKeys, planImport } from './plan.js';
import { buildReport } from './report.js';

/*
 * CarePlan → protocol (issue 14, docs/fhir.md): this system's own exported protocols come back as the protocols they
 * were; Synthea's care plans (no medication) and CarePlans that map only in part are skipped whole, with the reason.
 * Expected protocols are written by hand from the protocol given to the exporter, never read from the planner.
 */

const P = 'c0a80101-0000-4000-8000-0000000000aa';
const PROTOCOL_ID = 'c0a80101-0000-4000-8000-0000000000bb';
const patient = { fullUrl: `urn:uuid:${P}`, resource: { resourceType: 'Patient', id: P, name: [{ family: 'Plan', given: ['Carla'] }], birthDate: '1980-02-03' } };
const subject = { reference: `urn:uuid:${P}` };
const at = '2026-01-05T10:00:00.000Z';

function protocol(status: ProtocolDto['status']): ProtocolDto {
  return {
    id: PROTOCOL_ID, patientId: P, version: 3, latestVersion: 3, name: 'Hormone support', status, startDate: '2026-01-01', endDate: '2026-06-30',
    timeZone: 'America/Los_Angeles', effectiveFrom: null, effectiveTo: null, createdBy: 'x', createdAt: at,
    items: [
      { id: 'c0a80101-0000-4000-8000-000000000001', compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' } },
      { id: 'c0a80101-0000-4000-8000-000000000002', compound: 'Vitamin D3', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY', dtstart: '2026-01-01T08:30' }, instructions: 'with breakfast; not on an empty stomach' },
    ],
  };
}

const plan = (...resources: Record<string, unknown>[]) => planImport('searchset', [patient, ...resources.map((resource) => ({ resource }))] as BundleEntry[]);
const lineOf = (p: ReturnType<typeof plan>, key: string) => p.lines.find((l) => l.key === key)!;

describe('CarePlan → protocol', () => {
  it("maps this system's exported CarePlan back to the protocol it came from: items, doses, units, routes, schedules, time zone, dates", () => {
    const carePlan = toCarePlan(protocol('active'));
    expect(validateFhir(carePlan)).toEqual([]);
    const p = plan(carePlan as unknown as Record<string, unknown>);
    expect(lineOf(p, `CarePlan/${PROTOCOL_ID}`)).toEqual({ resourceType: 'CarePlan', key: `CarePlan/${PROTOCOL_ID}`, part: 'treatments' });
    expect(p.treatments.protocols).toEqual([{
      key: `CarePlan/${PROTOCOL_ID}`, localId: PROTOCOL_ID, name: 'Hormone support', status: 'active', startDate: '2026-01-01', endDate: '2026-06-30', timeZone: 'America/Los_Angeles',
      items: [
        { compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' } },
        { compound: 'Vitamin D3', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY', dtstart: '2026-01-01T08:30' }, instructions: 'with breakfast; not on an empty stomach' },
      ],
    }]);
    expect(partKeys(p).treatments).toEqual([`CarePlan/${PROTOCOL_ID}`]);
    expect(buildReport(p.lines, { profiles: { [p.patient.key]: 'created' }, treatments: { [`CarePlan/${PROTOCOL_ID}`]: 'created' } }).byType.find((t) => t.resourceType === 'CarePlan'))
      .toMatchObject({ total: 1, imported: 1, skipped: 0 });
  });

  it.each([['draft', 'draft'], ['active', 'active'], ['paused', 'paused'], ['completed', 'completed'], ['cancelled', 'cancelled']] as const)(
    'a protocol exported %s comes back %s (on-hold → paused, revoked → cancelled)', (status, back) => {
      expect(plan(toCarePlan(protocol(status)) as unknown as Record<string, unknown>).treatments.protocols[0]?.status).toBe(back);
    },
  );

  it('skips a CarePlan whose time zone is not an IANA zone rather than reading its schedules in another', () => {
    const carePlan = toCarePlan(protocol('active')) as unknown as Record<string, unknown>;
    const p = plan({ ...carePlan, extension: [{ url: 'urn:patient-graph:protocol-time-zone', valueCode: 'Mars/Olympus_Mons' }] });
    expect(p.treatments.protocols).toEqual([]);
    expect(lineOf(p, `CarePlan/${PROTOCOL_ID}`).skipped).toMatch(/Mars\/Olympus_Mons is not an IANA time zone/);
  });

  it('skips a CarePlan whose status has no protocol status (entered-in-error, unknown)', () => {
    const p = plan({ ...(toCarePlan(protocol('active')) as unknown as Record<string, unknown>), status: 'entered-in-error' });
    expect(p.treatments.protocols).toEqual([]);
    expect(lineOf(p, `CarePlan/${PROTOCOL_ID}`).skipped).toMatch(/status entered-in-error has no protocol status/);
  });

  it('skips a CarePlan whole when one activity lacks a dose, a UCUM unit or a schedule, or is not a medication (never half a protocol)', () => {
    const base = toCarePlan(protocol('active')) as unknown as { activity: { detail: Record<string, unknown> }[] };
    const variants: [string, (d: Record<string, unknown>) => void, RegExp][] = [
      ['no dose', (d) => { delete d.quantity; }, /activity 2: no dose/],
      ['a dose a protocol cannot hold', (d) => { d.quantity = { value: 0.0000005, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' }; }, /activity 2: a dose a protocol cannot hold/],
      ['no UCUM unit', (d) => { d.quantity = { value: 2, unit: 'scoops' }; }, /activity 2: no UCUM unit/],
      ['no schedule', (d) => { delete d.scheduledString; }, /activity 2: no schedule/],
      ['a schedule that is no RRULE', (d) => { d.scheduledString = 'twice a day'; }, /activity 2: scheduledString is not an RFC 5545 RRULE/],
      ['not a medication', (d) => { d.kind = 'ServiceRequest'; }, /activity 2: not a medication/],
    ];
    for (const [, change, reason] of variants) {
      const carePlan = structuredClone(base);
      change(carePlan.activity[1]!.detail);
      const p = plan(carePlan as unknown as Record<string, unknown>);
      expect(p.treatments.protocols).toEqual([]);
      expect(lineOf(p, `CarePlan/${PROTOCOL_ID}`).skipped).toMatch(reason);
    }
  });

  it("takes another system's CarePlan with a scheduledTiming an RRULE says exactly; the route it does not state is `other`, said so", () => {
    const carePlan = {
      resourceType: 'CarePlan', id: 'ext-1', status: 'active', intent: 'plan', subject, title: 'Metformin', period: { start: '2025-11-01' },
      activity: [{ detail: {
        kind: 'MedicationRequest', status: 'in-progress', productCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '860975', display: 'Metformin 500 MG' }] },
        quantity: { value: 500, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' },
        scheduledTiming: { repeat: { frequency: 2, period: 1, periodUnit: 'd', timeOfDay: ['08:00:00', '20:00:00'] } },
      } }],
    };
    expect(plan(carePlan).treatments.protocols).toEqual([{
      key: 'CarePlan/ext-1', name: 'Metformin', status: 'active', startDate: '2025-11-01', timeZone: 'UTC',
      items: [{ compound: 'Metformin 500 MG', dose: 500, unit: 'mg', route: 'other', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0' }, instructions: 'route of administration not stated by the imported CarePlan' }],
    }]);
    // Twice a day with no times, or times an RRULE cannot say: skipped rather than doses at invented times.
    const twice = structuredClone(carePlan);
    twice.activity[0]!.detail.scheduledTiming = { repeat: { frequency: 2, period: 1, periodUnit: 'd' } } as never;
    expect(lineOf(plan(twice), 'CarePlan/ext-1').skipped).toMatch(/several doses per period without a time of day/);
    const uneven = structuredClone(carePlan);
    uneven.activity[0]!.detail.scheduledTiming.repeat.timeOfDay = ['08:00:00', '20:30:00'];
    expect(lineOf(plan(uneven), 'CarePlan/ext-1').skipped).toMatch(/different minutes/);
    const weekly = structuredClone(carePlan);
    weekly.activity[0]!.detail.scheduledTiming = { repeat: { period: 2, periodUnit: 'wk', dayOfWeek: ['mon', 'thu'] } } as never;
    expect(plan(weekly).treatments.protocols[0]?.items[0]?.schedule).toEqual({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH' });
  });

  it("skips every Synthea care plan (diet, exercise, therapy: no medication) with the type's reason", () => {
    const dir = join(process.cwd(), '../shared/data/fhir-synthea');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { type: string; entry: BundleEntry[] };
      const carePlans = raw.entry.filter((e) => e.resource?.resourceType === 'CarePlan').length;
      const p = planImport('transaction', raw.entry);
      expect(p.treatments.protocols).toEqual([]);
      const lines = p.lines.filter((l) => l.resourceType === 'CarePlan');
      expect(lines).toHaveLength(carePlans);
      for (const l of lines) expect(l.skipped).toBe('the CarePlan has no medication activity (a diet, exercise or therapy plan): a protocol is compounds with a dose, unit and schedule');
    }
  });
});
