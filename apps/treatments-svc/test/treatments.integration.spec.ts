import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainException, ErrorCode, TREATMENTS } from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, rpcClient, schemaDiff, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let db: pg.Client;
let schema: string;
let migrated: string[];

/** Not a pattern of libs/contracts on purpose: a subject under treatments' domain that nothing serves. */
const UNSERVED_PATTERN = 'treatments.no-such.pattern';
const HASH = 'a'.repeat(64);

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('treatments');
  schema = config.dbSchema;
  migrated = await migrate(treatmentsOrmOptions(config));
  app = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world, 1000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

const receipt = (partner: string, eventId: string) =>
  db.query(`insert into "${schema}".partner_webhook_receipt (id, partner, event_id, received_at, payload_hash) values ($1, $2, $3, now(), $4)`, [randomUUID(), partner, eventId, HASH]);

describe('treatments-svc skeleton', () => {
  it('answers its health check without an actor, with the database up', async () => {
    await expect(rpc.request(TREATMENTS.health, {}, null)).resolves.toEqual({ status: 'ok', service: 'treatments-svc', db: 'up' });
  });

  it('migrates into the world\'s own treatments schema, once', async () => {
    expect(schema).toMatch(/^treatments_/);
    expect(migrated).toEqual(expect.arrayContaining(['Migration20261124060000_partner_webhook_receipt', 'Migration20261129140000_protocols', 'Migration20261129150000_treatments_prescriptions']));
    await expect(migrate(treatmentsOrmOptions(world.serviceConfig('treatments')))).resolves.toEqual([]);
  });

  it('has the partner webhook receipt table in that schema', async () => {
    const { rows } = await db.query<{ column_name: string; data_type: string; is_nullable: string }>(
      `select column_name, data_type, is_nullable from information_schema.columns where table_schema = $1 and table_name = 'partner_webhook_receipt' order by ordinal_position`,
      [schema],
    );
    expect(rows).toEqual([
      { column_name: 'id', data_type: 'uuid', is_nullable: 'NO' },
      { column_name: 'partner', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'event_id', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'received_at', data_type: 'timestamp with time zone', is_nullable: 'NO' },
      { column_name: 'payload_hash', data_type: 'character varying', is_nullable: 'NO' },
      // The payload is kept only while the event waits to be processed (docs/treatments.md, "Inbox").
      { column_name: 'state', data_type: 'character varying', is_nullable: 'NO' },
      { column_name: 'payload', data_type: 'jsonb', is_nullable: 'YES' },
      { column_name: 'request_id', data_type: 'character varying', is_nullable: 'YES' },
      { column_name: 'attempts', data_type: 'integer', is_nullable: 'NO' },
      { column_name: 'not_before', data_type: 'timestamp with time zone', is_nullable: 'YES' },
      { column_name: 'processed_at', data_type: 'timestamp with time zone', is_nullable: 'YES' },
    ]);
  });

  it('takes a partner\'s event id once, while another partner may use the same id', async () => {
    await receipt('rimo', 'evt-1');
    const again = await receipt('rimo', 'evt-1').catch((e: { code?: string }) => e);
    expect(again).toMatchObject({ code: '23505' });
    await expect(receipt('bigcommerce', 'evt-1')).resolves.toMatchObject({ rowCount: 1 });
  });

  it('maps its tables exactly as migrated (the entities and the migrations agree)', async () => {
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });

  it('gives no answer on a pattern it does not serve: the caller gets UNAVAILABLE', async () => {
    const err = await rpc.request(UNSERVED_PATTERN, { patientId: randomUUID() }, actor(['admin'])).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(DomainException);
    expect((err as DomainException).code).toBe(ErrorCode.UNAVAILABLE);
  });
});
