import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { IDENTITY, PROFILES, type Page, type PatientDto, type ResolvedIdentifierDto, type ReviewItemDto } from '@pg/contracts';
import type { NatsRpcClient } from '@pg/messaging';
import { createTestWorld, destroyTestWorld, TEST_DATABASE_URL, until, type TestWorld } from '@pg/testing';
import { admin, clerkUser, sendClerk, startIdentityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13, identity5: the profile identity-svc makes for a patient a partner record starts (PatientCreator.create:
 * the record's name, birth date and e-mail) is a copy of that record, not a second witness (docs/identity.md, "A
 * profile entering the index"). Before, the merge guards read it as a clinic profile: the person's own clinic profile
 * (another e-mail) then had to agree with it on a contact it never had, and the merge went to a person. Real parts:
 * identity-svc and profiles-svc, PostgreSQL, NATS.
 */

const CLERK_SECRET = `whsec_${Buffer.from('clerk-test-secret-for-copies').toString('base64')}`;

let world: TestWorld;
let apps: INestMicroservice[] = [];
let rpc: NatsRpcClient;
let db: pg.Client;

const profile = (body: Record<string, unknown>) => rpc.request<PatientDto>(PROFILES.patientCreate, { body }, admin);
const resolveClerk = (value: string) => rpc.request<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system: 'clerk', value } }, admin);
const openItems = async () => (await rpc.request<Page<ReviewItemDto>>(IDENTITY.reviewQueueList, { query: { limit: 100 } }, admin)).items;
const schema = () => world.env.IDENTITY_DB_SCHEMA;
const mergesOf = async (patientId: string) => (await db.query<{ source_patient_id: string; target_patient_id: string; requested_by: string | null }>(
  `select source_patient_id, target_patient_id, requested_by from "${schema()}"."merge" where source_patient_id = $1 or target_patient_id = $1`, [patientId],
)).rows;
const indexed = (patientId: string, extra = '') => until(`profile ${patientId} indexed`, async () => (await db.query(
  `select 1 from "${schema()}".match_record where source = 'patient-graph' and source_id = $1::text and patient_id = $1::uuid ${extra}`, [patientId],
)).rowCount || undefined);
/** A Clerk user who gave her phone at sign-up too. */
const withPhone = (user: ReturnType<typeof clerkUser>, phone: string) => ({ ...user, primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: phone }] });

let markers = 0;
/** The feed has handled everything before: a marker profile after it is indexed (the feed takes them in order). */
async function settle() {
  const marker = await profile({ givenName: 'Marigold', familyName: `Quennell${++markers}`, birthDate: '1950-01-01' });
  await indexed(marker.id);
}

beforeAll(async () => {
  world = await createTestWorld({ CLERK_WEBHOOK_SECRET: CLERK_SECRET });
  ({ rpc, apps } = await startIdentityWithProfiles(world));
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
}, 90_000);

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  for (const app of apps.reverse()) await app.close();
  if (world) await destroyTestWorld(world);
});

describe('the profile made for a partner-started patient is a copy of the partner record, not a second witness', () => {
  it('her clinic profile (another e-mail, her Clerk phone, her name and birth date) merges into the patient her Clerk account started', async () => {
    await expect(sendClerk(rpc, CLERK_SECRET, 'user.created', withPhone(clerkUser('user_MAYA', 'Maya', 'Chen', 'maya.chen@fastmail.com', '1984-10-22'), '+1 617 555 0123')))
      .resolves.toMatchObject({ status: 'applied' });
    const started = (await resolveClerk('user_MAYA')).patientId;
    await indexed(started);
    // Her clinic registers her with her work e-mail and the phone she gave Clerk.
    const maya = await profile({ givenName: 'Maya', familyName: 'Chen', birthDate: '1984-10-22', sexAtBirth: 'female', email: 'mchen@northbay-design.com', phone: '+1 617 555 0123' });
    const [merge] = await until('an automatic merge', async () => (await mergesOf(maya.id)).length ? mergesOf(maya.id) : undefined);
    expect(merge).toMatchObject({ source_patient_id: maya.id, target_patient_id: started, requested_by: null });
    expect((await openItems()).filter((i) => [i.a.patientId, i.b.patientId].includes(maya.id))).toEqual([]);
  });

  it('once a clinician adds a fact of her own to the copied profile (a phone), it is a witness again: a profile sharing no contact with it is asked, not merged', async () => {
    await sendClerk(rpc, CLERK_SECRET, 'user.created', withPhone(clerkUser('user_NORA', 'Nora', 'Lindqvist', 'nora.lindqvist@fastmail.com', '1979-02-03'), '+1 508 555 0147'));
    const started = (await resolveClerk('user_NORA')).patientId;
    await indexed(started);
    await rpc.request(PROFILES.patientUpdate, { patientId: started, body: { phone: '+1 508 555 0190' } }, admin);
    await indexed(started, `and normalized->>'phone' is not null`);
    // Another profile of that name and birth date, another e-mail, the phone Clerk has: no contact in common with the
    // clinic's own profile of the started patient — two people of one name and birthday as much as one.
    const other = await profile({ givenName: 'Nora', familyName: 'Lindqvist', birthDate: '1979-02-03', email: 'nora.l@kth-alumni.se', phone: '+1 508 555 0147' });
    await until('an item on the two patients', async () =>
      (await openItems()).find((i) => [i.a.patientId, i.b.patientId].sort().join() === [other.id, started].sort().join()));
    await settle();
    expect(await mergesOf(other.id)).toEqual([]);
  });

  it('a household member (the son of one name and birthday, another year; the family landline) is not merged into the patient his father\'s account started', async () => {
    await sendClerk(rpc, CLERK_SECRET, 'user.created', withPhone(clerkUser('user_DAN', 'Daniel', 'Brooks', 'brooks.home@gmail.com', '1962-08-14'), '+1 978 555 0175'));
    const started = (await resolveClerk('user_DAN')).patientId;
    await indexed(started);
    const son = await profile({ givenName: 'Daniel', familyName: 'Brooks', birthDate: '1992-08-14', email: 'dan.brooks92@gmail.com', phone: '+1 978 555 0175' });
    await indexed(son.id);
    await settle();
    expect(await mergesOf(son.id)).toEqual([]);
    expect(await mergesOf(started)).toEqual([]);
  });
});
