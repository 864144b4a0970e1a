import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DEV_RIMO_WEBHOOK_SECRET } from '@pg/config';
import { TEST_DATABASE_URL, until } from '@pg/testing';
import type { TestSystem } from '@pg/testing/system';
import { signRimo } from '../../apps/treatments-svc/src/webhooks/rimo-signature.js';

/**
 * Treatments and prescriptions come only from the partner (docs/treatments.md): for the attack suite's fixtures,
 * treatments-svc gets its service principal (to resolve the partner's patient ids) and each patient one treatment
 * and one order through Rimo's signed webhook (the development secret the test system runs with).
 * Returns, per patient id, the record ids by path parameter name.
 */
export async function rimoRecords(sys: TestSystem, patients: { id: string; rimoId: string }[]): Promise<Map<string, { treatmentId: string; prescriptionId: string }>> {
  const svc = await sys.admin.principals.create({ subject: 'service:treatments-svc', displayName: 'treatments-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read'] });
  await sys.kill('treatments-svc');
  await sys.restart('treatments-svc', { TREATMENTS_SERVICE_SUBJECT: svc.subject, TREATMENTS_SERVICE_SECRET: svc.clientSecret! });
  const deliver = async (type: string, data: Record<string, unknown>) => {
    const body = JSON.stringify({ id: `evt_${randomUUID().replace(/-/g, '')}`, type, data, timestamp: new Date().toISOString() });
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = signRimo(body, ts, DEV_RIMO_WEBHOOK_SECRET);
    const res = await fetch(`${sys.url}/v1/webhooks/rimo`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-rimo-timestamp': ts, 'x-rimo-signature': signature } });
    const answer = (await res.json()) as { data?: { status?: string } };
    if (answer.data?.status !== 'accepted') throw new Error(`a fixture event was not accepted: ${res.status} ${JSON.stringify(answer)}`);
  };
  const out = new Map<string, { treatmentId: string; prescriptionId: string }>();
  const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    const schema = sys.world.env.TREATMENTS_DB_SCHEMA!;
    for (const p of patients) {
      const treatmentId = `trt_${randomUUID().slice(0, 8)}`;
      const orderId = `ord_${randomUUID().slice(0, 8)}`;
      await deliver('treatment.created', { treatmentId, patientId: p.rimoId, product: 'Attack compound' });
      await deliver('order.shipped', { orderId, treatmentId, patientId: p.rimoId, carrier: 'UPS', trackingNumber: '1Z0000000000000000' });
      // Stored, then applied from the inbox: the records appear shortly after (polled, within a deadline).
      const ids = await until('the fixture treatment and order', async () => {
        const t = await db.query<{ id: string }>(`select id from "${schema}".treatment where external_id = $1`, [treatmentId]);
        const o = await db.query<{ id: string }>(`select id from "${schema}".prescription where external_id = $1`, [orderId]);
        return t.rows[0] && o.rows[0] && { treatmentId: t.rows[0].id, prescriptionId: o.rows[0].id };
      });
      out.set(p.id, ids);
    }
  } finally {
    await db.end();
  }
  return out;
}
