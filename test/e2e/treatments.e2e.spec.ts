import { createHmac, randomUUID } from 'node:crypto';
import type { PatientGraphClient } from '@pg/client';
import type { PatientDto } from '@pg/contracts';
import { until } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 11, end to end: the built system (every app its own process), as the partner (Rimo's signed webhook, raw
 * bytes over HTTP), a clinician, the patient, a coordinator and an admin. Signatures are computed here from the
 * issue's definition with node:crypto; the expected states come from the state machines.
 */

const SECRET = 'whsec_e2e_rimo_0123456789abcdefghijklmnop';

let sys: TestSystem;
let patient: PatientDto;
let clinician: PatientGraphClient;
let self: PatientGraphClient;
let coordinator: PatientGraphClient;
let auditor: PatientGraphClient;
let clinicianId: string;
const RIMO_ID = `rimo-${randomUUID().slice(0, 8)}`;
const TREATMENT = `trt_${randomUUID().slice(0, 8)}`;
const ORDER = `ord_${randomUUID().slice(0, 8)}`;
let n = 0;
const evt = () => `evt_e2e${n++}${randomUUID().slice(0, 6)}`;

/** A delivery as Rimo sends it: the body's exact bytes (pretty-printed on purpose: the raw bytes are signed). */
async function rimo(body: string, opts: { secret?: string; ts?: number } = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const ts = String(opts.ts ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', opts.secret ?? SECRET).update(`${ts}.${body}`).digest('hex');
  const res = await fetch(`${sys.url}/v1/webhooks/rimo`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', 'x-rimo-timestamp': ts, 'x-rimo-signature': signature },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const envelope = (type: string, data: Record<string, unknown>, timestamp: string) => JSON.stringify({ id: evt(), type, data, timestamp }, null, 2);

async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator' | 'auditor')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

beforeAll(async () => {
  sys = await startSystem({ RIMO_WEBHOOK_SECRET: SECRET });
  patient = await sys.admin.patients.create({ givenName: 'Rita', familyName: 'Rimo', birthDate: '1979-03-03', identifiers: [{ system: 'rimo', value: RIMO_ID }] });
  self = (await principal('rita-rimo', ['patient'], patient.id)).client;
  const dr = await principal('dr-rimo', ['clinician']);
  clinician = dr.client;
  clinicianId = dr.p.id;
  const coord = await principal('coord-rimo', ['coordinator']);
  coordinator = coord.client;
  auditor = (await principal('auditor-rimo', ['auditor'])).client;
  await sys.admin.careTeam.add(patient.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(patient.id, { principalId: coord.p.id, role: 'coordinator' });
  // treatments-svc's own service principal (identities:read, profiles:read), made by an admin and given to treatments-svc at its start.
  const svc = await sys.admin.principals.create({ subject: 'service:treatments-svc', displayName: 'treatments-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'identities:read'] });
  await sys.kill('treatments-svc');
  await sys.restart('treatments-svc', { TREATMENTS_SERVICE_SUBJECT: 'service:treatments-svc', TREATMENTS_SERVICE_SECRET: svc.clientSecret! });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('as the partner', () => {
  it('is answered 200 once the event is stored, 401 for a bad or stale signature, 400 for a malformed body', async () => {
    const created = envelope('treatment.created', { treatmentId: TREATMENT, patientId: RIMO_ID, product: 'Testosterone cypionate' }, '2026-11-01T09:00:00Z');
    const bad = await rimo(created, { secret: 'whsec_not_the_secret_0123456789abcdef' });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await rimo(created, { ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    const ok = await rimo(created);
    // Stored (its effect follows from the inbox): Rimo learns its event id and that much, never the patient.
    expect(ok).toEqual({ status: 200, body: { data: { eventId: JSON.parse(created).id, status: 'accepted' }, meta: {} } });
    expect((await rimo(created)).body).toMatchObject({ data: { status: 'duplicate' } });
    expect((await rimo('{"id": "evt_broken"')).status).toBe(400);
    expect((await rimo(JSON.stringify({ id: evt(), type: 'order.shipped', data: { orderId: ORDER }, timestamp: '2026-11-01T09:00:00Z' }))).status).toBe(400);
  });

  it('moves the treatment and fulfils the order, whatever the order of delivery', async () => {
    expect((await rimo(envelope('treatment.approved', { treatmentId: TREATMENT, patientId: RIMO_ID }, '2026-11-01T09:02:00Z'))).status).toBe(200);
    expect((await rimo(envelope('treatment.updated', { treatmentId: TREATMENT, patientId: RIMO_ID, status: 'under_review' }, '2026-11-01T09:01:00Z'))).status).toBe(200);
    const base = { orderId: ORDER, treatmentId: TREATMENT, patientId: RIMO_ID };
    for (const [type, data, at] of [
      ['order.delivered', base, '2026-11-03T12:00:00Z'],
      ['order.transmitted', { ...base, medication: 'Testosterone cypionate 200 mg/mL' }, '2026-11-01T10:00:00Z'],
      ['order.shipped', { ...base, carrier: 'UPS', trackingNumber: '1Z999AA10123456784' }, '2026-11-02T08:00:00Z'],
      ['order.processing', base, '2026-11-01T11:00:00Z'],
    ] as const) expect((await rimo(envelope(type, data, at))).status).toBe(200);
    // Applied from the inbox shortly after: polled as the clinic would see it, within a deadline.
    await until('the order delivered', async () => {
      const rx = await clinician.raw<{ data: { externalId: string; status: string }[] }>('GET', `/v1/patients/${patient.id}/prescriptions`);
      return rx.body.data.some((x) => x.externalId === ORDER && x.status === 'delivered');
    });
    await until('the treatment approved', async () => {
      const list = await clinician.raw<{ data: { externalId: string; status: string }[] }>('GET', `/v1/patients/${patient.id}/treatments`);
      return list.body.data.some((x) => x.externalId === TREATMENT && x.status === 'approved');
    });
  });

  it('is in the audit trail as the partner, on the patient', async () => {
    const deadline = Date.now() + 15_000;
    let events: { actor: { subject: string | null; kind: string }; action: string; outcome: string }[] = [];
    // audit-svc stores what the stream holds shortly after: a bounded poll, no fixed sleep.
    while (Date.now() < deadline) {
      events = (await auditor.audit.events({ patientId: patient.id, limit: 200 })).data as typeof events;
      if (events.some((e) => e.actor.subject === 'partner:rimo')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(events.filter((e) => e.actor.subject === 'partner:rimo').map((e) => [e.action, e.outcome, e.actor.kind])).toEqual(
      expect.arrayContaining([['import', 'success', 'service']]),
    );
  });

  it('parks an event for an unknown patient (200), which an admin sees', async () => {
    const unknown = envelope('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: 'rimo-nobody' }, '2026-11-01T09:00:00Z');
    expect((await rimo(unknown)).body).toMatchObject({ data: { status: 'accepted' } });
    const parked = await until('the event parked', async () => {
      const res = await sys.admin.raw<{ data: { eventId: string; status: string }[] }>('GET', '/v1/webhooks/rimo/parked');
      return res.body.data?.some((p) => p.eventId === JSON.parse(unknown).id) && res;
    });
    expect(parked.status).toBe(200);
    expect(parked.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ eventId: JSON.parse(unknown).id, status: 'parked', partnerPatientId: 'rimo-nobody' })]));
    expect((await clinician.raw('GET', '/v1/webhooks/rimo/parked')).status).toBe(403);
    expect((await fetch(`${sys.url}/v1/webhooks/rimo/parked`)).status).toBe(401);
  });

  it('finds a patient whose Rimo id only identity-svc holds (the identifiers\' owner, asked first)', async () => {
    const other = await sys.admin.patients.create({ givenName: 'Ida', familyName: 'Identity', birthDate: '1981-02-03' });
    const rimoId = `rimo-${randomUUID().slice(0, 8)}`;
    await sys.admin.identities.link(other.id, { system: 'rimo', value: rimoId });
    const created = envelope('treatment.created', { treatmentId: `trt_${randomUUID().slice(0, 8)}`, patientId: rimoId, product: 'Semaglutide' }, '2026-11-01T09:00:00Z');
    expect((await rimo(created)).body).toMatchObject({ data: { status: 'accepted' } });
    // Applied to that patient from the inbox (not parked): their clinician sees the treatment.
    await sys.admin.careTeam.add(other.id, { principalId: clinicianId, role: 'clinician' });
    const treatmentId = (JSON.parse(created) as { data: { treatmentId: string } }).data.treatmentId;
    await until('the treatment on the patient identity-svc resolved', async () => {
      const list = await clinician.raw<{ data: { externalId: string }[] }>('GET', `/v1/patients/${other.id}/treatments`);
      return list.status === 200 && list.body.data.some((t) => t.externalId === treatmentId);
    });
  });
});

describe('as the clinic', () => {
  it('lets the clinician read the history and move the treatment; an illegal move is 409 with the allowed ones', async () => {
    const list = await clinician.raw<{ data: { id: string; externalId: string; status: string }[] }>('GET', `/v1/patients/${patient.id}/treatments`);
    const t = list.body.data.find((x) => x.externalId === TREATMENT)!;
    expect(t.status).toBe('approved');
    const one = await clinician.raw<{ data: { history: { from: string | null; to: string; by: string }[] } }>('GET', `/v1/patients/${patient.id}/treatments/${t.id}`);
    expect(one.body.data.history.map((h) => [h.from, h.to, h.by])).toEqual([[null, 'pending', 'partner'], ['pending', 'under_review', 'partner'], ['under_review', 'approved', 'partner']]);
    const moved = await clinician.raw<{ data: { status: string } }>('POST', `/v1/patients/${patient.id}/treatments/${t.id}/transitions`, { body: { to: 'active', reason: 'Started' } });
    expect(moved.status).toBe(200);
    expect(moved.body.data.status).toBe('active');
    const illegal = await clinician.raw<{ error: { code: string; details: { allowed: string[] }[] } }>('POST', `/v1/patients/${patient.id}/treatments/${t.id}/transitions`, { body: { to: 'declined' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.details[0]!.allowed).toEqual(['paused', 'completed', 'cancelled']);
  });

  it('lets the patient read their own treatment and prescription, never move it', async () => {
    const list = await self.raw<{ data: { id: string; externalId: string; product: string }[] }>('GET', `/v1/patients/${patient.id}/treatments`);
    const t = list.body.data.find((x) => x.externalId === TREATMENT)!;
    expect(t.product).toBe('Testosterone cypionate');
    expect((await self.raw('POST', `/v1/patients/${patient.id}/treatments/${t.id}/transitions`, { body: { to: 'paused' } })).status).toBe(403);
    const rx = await self.raw<{ data: { id: string; externalId: string }[] }>('GET', `/v1/patients/${patient.id}/prescriptions`);
    const p = rx.body.data.find((x) => x.externalId === ORDER)!;
    const detail = await self.raw<{ data: { status: string; fulfilment: { status: string; applied: boolean }[] } }>('GET', `/v1/patients/${patient.id}/prescriptions/${p.id}`);
    expect(detail.body.data.status).toBe('delivered');
    expect(detail.body.data.fulfilment.map((f) => [f.status, f.applied])).toEqual([['transmitted', true], ['processing', true], ['shipped', true], ['delivered', true]]);
  });

  it('shows the coordinator status and tracking only, and refuses a transition', async () => {
    const rx = await coordinator.raw<{ data: Record<string, unknown>[] }>('GET', `/v1/patients/${patient.id}/prescriptions`);
    const p = rx.body.data.find((x) => x.externalId === ORDER)!;
    expect(Object.keys(p).sort()).toEqual(['carrier', 'createdAt', 'externalId', 'id', 'patientId', 'status', 'trackingNumber', 'updatedAt']);
    expect(p).toMatchObject({ status: 'delivered', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
    const list = await coordinator.raw<{ data: Record<string, unknown>[] }>('GET', `/v1/patients/${patient.id}/treatments`);
    const t = list.body.data.find((x) => x.externalId === TREATMENT)!;
    expect(t).not.toHaveProperty('product');
    expect((await coordinator.raw('POST', `/v1/patients/${patient.id}/treatments/${String(t.id)}/transitions`, { body: { to: 'paused' } })).status).toBe(403);
  });
});
