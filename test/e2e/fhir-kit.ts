import type { FhirImportPatientMatchDto } from '@pg/contracts';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * What the FHIR end-to-end specs share: the built system with profiles-svc holding its own service principal (its
 * import writes labs-svc's part as that principal), an admin and a clinician, and the HTTP calls they make.
 */

export type Json = Record<string, any>;

export interface ImportJob {
  id: string;
  state: string;
  patientId: string | null;
  report: {
    total: number;
    byType: { resourceType: string; total: number; imported: number; merged: number; skipped: number; reasons: { reason: string; count: number }[] }[];
    patientMatch?: FhirImportPatientMatchDto;
  } | null;
  error: string | null;
}

/** The import report's line for a resource type (all zero when the bundle had none). */
export const reportLine = (job: ImportJob, type: string) =>
  job.report!.byType.find((t) => t.resourceType === type) ?? { total: 0, imported: 0, merged: 0, skipped: 0, reasons: [] };

export interface FhirSystem {
  sys: TestSystem;
  adminToken: string;
  clinicianToken: string;
  clinicianId: string;
  /** One HTTP call (`path` relative to the gateway, or a whole URL such as a `next` link). */
  call(token: string, method: string, path: string, body?: string | Buffer, type?: string): Promise<{ status: number; body: Json }>;
  /** Starts an import as the admin and polls the job (with a deadline) until it has finished. */
  importBundle(body: string | Buffer): Promise<ImportJob>;
  /** Every item of a paged list. */
  all(token: string, path: string): Promise<Json[]>;
}

/** `env`: added to every app's environment (startSystem). */
export async function startFhirSystem(clinicianSubject: string, env: Record<string, string> = {}): Promise<FhirSystem> {
  const sys = await startSystem(env);
  const adminToken = await sys.tokenFor('e2e-admin');
  const clinicianId = (await sys.admin.principals.create({ subject: clinicianSubject, displayName: clinicianSubject, roles: ['clinician'] })).id;
  const clinicianToken = await sys.tokenFor(clinicianSubject);
  // profiles-svc's own service principal (labs:write wearables:write protocols:import identities:import: the lab part,
  // the protocols, and the match of the bundle's patient), made by an admin and given to it at its start;
  // treatments-svc takes an import's protocols from that subject only (its default, service:profiles-svc).
  const svc = await sys.admin.principals.create({ subject: 'service:profiles-svc', displayName: 'profiles-svc', kind: 'service', roles: ['service'], scopes: ['labs:write', 'wearables:write', 'protocols:import', 'identities:import'] });
  await sys.kill('profiles-svc');
  await sys.restart('profiles-svc', { PROFILES_SERVICE_SUBJECT: 'service:profiles-svc', PROFILES_SERVICE_SECRET: svc.clientSecret! });

  const call: FhirSystem['call'] = async (token, method, path, body, type = 'application/json') => {
    const res = await fetch(path.startsWith('http') ? path : `${sys.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': type } : {}) },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : new Uint8Array(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  };

  const importBundle: FhirSystem['importBundle'] = async (body) => {
    const started = await call(adminToken, 'POST', '/v1/fhir/import', body, 'application/fhir+json');
    expect(started.status).toBe(202);
    expect(started.body.data).toMatchObject({ state: 'pending', report: null });
    for (const deadline = Date.now() + 120_000; ;) {
      const { status, body: polled } = await call(adminToken, 'GET', `/v1/fhir/imports/${started.body.data.id}`);
      expect(status).toBe(200);
      const job = polled.data as ImportJob;
      if (!['pending', 'running'].includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`import ${job.id} still ${job.state}`);
      // The poll interval (not a wait for an outcome: the loop ends on the job's state, with a deadline).
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const diagnosis = () => (['gateway', 'identity-svc', 'profiles-svc'] as const).map((app) => `--- ${app}\n${sys.output(app).split('\n').slice(-20).join('\n')}`).join('\n');

  const all: FhirSystem['all'] = async (token, path) => {
    const items: Json[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await call(token, 'GET', `${path}${path.includes('?') ? '&' : '?'}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      // A refusal says what it was and what the apps printed around it (they log ids and codes, never PHI).
      if (status !== 200) throw new Error(`GET ${path} answered ${status} ${JSON.stringify(body)}\n${diagnosis()}`);
      items.push(...(body.data as Json[]));
      cursor = body.meta.nextCursor ?? null;
    } while (cursor);
    return items;
  };

  return { sys, adminToken, clinicianToken, clinicianId, call, importBundle, all };
}
