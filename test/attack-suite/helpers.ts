import { ApiError, type PatientGraphClient } from '@pg/client';
import type { AuditEvent, PrincipalDto } from '@pg/contracts';
import { natsConnection, publishedAuditEvents } from '@pg/testing';
import type { TestSystem } from '@pg/testing/system';

/** The error of a request expected to fail. */
export async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

/** A principal created by the bootstrap admin, and a client with its token. */
export async function principal(sys: TestSystem, sub: string, roles: PrincipalDto['roles'], patientId?: string): Promise<{ p: PrincipalDto; client: PatientGraphClient }> {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

/** Everything published to the world's AUDIT stream so far (every publisher awaits its ack before answering). */
export async function auditStream(sys: TestSystem): Promise<AuditEvent[]> {
  const nc = await natsConnection();
  try {
    return await publishedAuditEvents(nc, sys.world);
  } finally {
    await nc.close();
  }
}

/** Polls the audit stream until `pred` holds (or the deadline passes) and returns what it holds then. */
export async function auditUntil(sys: TestSystem, pred: (events: AuditEvent[]) => boolean, deadlineMs = 10_000): Promise<AuditEvent[]> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const events = await auditStream(sys);
    if (pred(events) || Date.now() > deadline) return events;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** No stack trace, file path or module name in a response body. */
export const STACK_TRACE = /(\n\s+at\s)|(\bat\s\S+\s\(\S+:\d+:\d+\))|node_modules|\.(ts|js):\d+:\d+/;
