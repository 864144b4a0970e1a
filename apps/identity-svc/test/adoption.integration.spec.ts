import { randomUUID } from 'node:crypto';
import {
  DomainException, IDENTITY, PROFILES, type AuditEvent, type IdentityDto, type IdentityWebhookReceiptDto, type Page, type PatientDto,
} from '@pg/contracts';
import { AuditHold, publishedAuditEvents, rejection, until } from '@pg/testing';
import { SERVICE_NAME as PROFILES_SVC } from '../../profiles-svc/src/profiles.module.js';
import { SERVICE_NAME } from '../src/identity.module.js';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13, adoption: a partner record that matched no one waits unlinked in the index; when its person's patient is
 * created later (their profile enters the index through the patient feed), the waiting record is decided again with
 * the rules it met on arrival and joins that patient (docs/identity.md, "Adoption"). The probes that must not be
 * adopted are what a person looking at the two records would decide.
 */

/** identity-svc's audit ack timeout here: long enough for a test to hold an ack back and look at what was committed meanwhile. */
const ACK_TIMEOUT_MS = 8000;

const suite = identityWithProfiles('adoption', { AUDIT_ACK_TIMEOUT_MS: String(ACK_TIMEOUT_MS) });
const { clerk, profile, resolve: resolveId, adoptedBy } = suite;
const user = clerkUser;
const unresolved = async (value: string) => (await rejection<DomainException>(resolveId('clerk', value))).code;
const openItems = () => suite.items();

describe('adoption: a partner record waiting for its person', () => {
  const chenHome = { line1: '14 Alder Lane', city: 'Springfield', postalCode: '62704', country: 'US' };
  const parkHome = { line1: '9 Birch Court', city: 'Madison', postalCode: '53703', country: 'US' };

  it('joins the patient created later for the same e-mail, name and birth date — and only that one', async () => {
    // The partner records arrive first: no birthday, so no profile can be made for them and nobody is there to match.
    for (const [id, given, family, email] of [
      ['user_ADA', 'Ada', 'Lovelace', 'ada.lovelace@fastmail.com'],
      // A child on the household's mailbox, the surname her parent's.
      ['user_EMILY', 'Emily', 'Chen', 'chen.family@gmail.com'],
      // One of twins, her own mailbox.
      ['user_KIRSTEN', 'Kirsten', 'Park', 'kirsten.park@gmail.com'],
      // A common name and a mailbox that says nothing more.
      ['user_JSMITH', 'John', 'Smith', 'runner.jsmith@outlook.com'],
    ] as const) {
      await expect(clerk('user.created', user(id, given, family, email))).resolves.toMatchObject({ status: 'applied' });
      expect(await unresolved(id)).toBe('NOT_FOUND');
    }

    // Other people's patients arrive: Emily's mother on the family mailbox, Kirsten's twin sister Kristen at their
    // home, a John Smith born in 1950 with his own e-mail and phone. None of them is the waiting user.
    await profile({ givenName: 'Linda', familyName: 'Chen', birthDate: '1968-05-02', sexAtBirth: 'female', email: 'chen.family@gmail.com', phone: '+1 217 555 0142', address: chenHome });
    await profile({ givenName: 'Kristen', familyName: 'Park', birthDate: '1999-03-14', sexAtBirth: 'female', email: 'kristen.park@gmail.com', phone: '+1 608 555 0117', address: parkHome });
    const smith = await profile({ givenName: 'John', familyName: 'Smith', birthDate: '1950-01-01', sexAtBirth: 'male', email: 'j.smith@yahoo.com', phone: '+1 312 555 0100' });
    // Ada's patient last: the feed takes the events in order, so once Ada is adopted the three above were looked at.
    const ada = await profile({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', sexAtBirth: 'female', email: 'ada.lovelace@fastmail.com' });

    await expect(adoptedBy('user_ADA')).resolves.toBe(ada.id);
    const ids = await suite.rpc.request<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada.id, query: {} }, admin);
    expect(ids.items.map((i) => [i.system, i.value, i.method, i.linkedBy])).toEqual([['clerk', 'user_ADA', 'auto-link', 'identity-svc:adoption']]);
    expect(await unresolved('user_EMILY')).toBe('NOT_FOUND');
    expect(await unresolved('user_KIRSTEN')).toBe('NOT_FOUND');
    expect(await unresolved('user_JSMITH')).toBe('NOT_FOUND');

    // Their own patients arrive: each waiting user joins the right one.
    const emily = await profile({ givenName: 'Emily', familyName: 'Chen', birthDate: '2004-08-19', sexAtBirth: 'female', email: 'chen.family@gmail.com', phone: '+1 217 555 0142', address: chenHome });
    const kirsten = await profile({ givenName: 'Kirsten', familyName: 'Park', birthDate: '1999-03-14', sexAtBirth: 'female', email: 'kirsten.park@gmail.com', phone: '+1 608 555 0117', address: parkHome });
    await expect(adoptedBy('user_KIRSTEN')).resolves.toBe(kirsten.id);
    // Emily's account is on the household's mailbox, which spells no one's name, and has no birth date: her given name
    // alone does not say she is not another Emily of the house (a son John on millerfamily@ shares his father's name),
    // so a person is asked (docs/identity.md, "Adoption").
    const emilyItem = await until('a review item for user_EMILY and Emily', async () => (await openItems()).find((i) =>
      [i.a.sourceId, i.b.sourceId].includes('user_EMILY') && [i.a.patientId, i.b.patientId].includes(emily.id)));
    expect(emilyItem.reason).toBe('ambiguous');
    expect(await unresolved('user_EMILY')).toBe('NOT_FOUND');

    // A change to Ada's profile looks again: she is not adopted twice, and the stranger is still nobody's.
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: ada.id, ifMatch: ada.version, body: { phone: '+1 415 555 0134' } }, admin);
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: smith.id, ifMatch: smith.version, body: { phone: '+1 312 555 0101' } }, admin);
    // (A marker: Grace waits, her patient comes after the two changes, so once she is adopted both were looked at.)
    await clerk('user.created', user('user_GRACE', 'Grace', 'Hopper', 'grace.hopper@fastmail.com'));
    const grace = await profile({ givenName: 'Grace', familyName: 'Hopper', birthDate: '1906-12-09', sexAtBirth: 'female', email: 'grace.hopper@fastmail.com' });
    await expect(adoptedBy('user_GRACE')).resolves.toBe(grace.id);
    const after = await suite.rpc.request<Page<IdentityDto>>(IDENTITY.identityList, { patientId: ada.id, query: {} }, admin);
    expect(after.items.map((i) => [i.value, i.linkedAt])).toEqual(ids.items.map((i) => [i.value, i.linkedAt]));
    expect(await unresolved('user_JSMITH')).toBe('NOT_FOUND');
  });

  it('never adopts a record whose pair a person rejected', async () => {
    await clerk('user.created', user('user_LENA', 'Lena', 'Okafor', 'lena.okafor@fastmail.com'));
    // A patient arrives on the same mailbox under another given name (Nora): a household member, so a person is asked.
    const lena = await profile({ givenName: 'Nora', familyName: 'Okafor', birthDate: '1990-02-11', sexAtBirth: 'female', email: 'lena.okafor@fastmail.com', phone: '+1 503 555 0188' });
    const item = await until('a review item for user_LENA', async () => (await openItems()).find((i) => i.a.sourceId === 'user_LENA' || i.b.sourceId === 'user_LENA'));
    expect([item.a.patientId, item.b.patientId]).toContain(lena.id);
    await suite.rpc.request(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'reject', reason: 'not her account, the clinic says' } }, admin);

    // The profile's given name is corrected to Lena, which with the mailbox would have linked them: the feed looks at the
    // waiting record again, and the pair a person rejected is neither linked nor queued again. (Ida is the marker: her
    // patient comes after the change.)
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: lena.id, ifMatch: lena.version, body: { givenName: 'Lena' } }, admin);
    await clerk('user.created', user('user_IDA', 'Ida', 'Noddack', 'ida.noddack@fastmail.com'));
    const ida = await profile({ givenName: 'Ida', familyName: 'Noddack', birthDate: '1956-02-25', sexAtBirth: 'female', email: 'ida.noddack@fastmail.com' });
    await expect(adoptedBy('user_IDA')).resolves.toBe(ida.id);
    expect(await unresolved('user_LENA')).toBe('NOT_FOUND');
    expect((await openItems()).filter((i) => i.a.sourceId === 'user_LENA' || i.b.sourceId === 'user_LENA')).toEqual([]);
  });

  it('a partner record linked to a patient brings the waiting record that shares its mailbox', async () => {
    // An old Clerk account with the mailbox only: its person's profile has another e-mail, so the names alone do not
    // say it is her; it waits.
    await clerk('user.created', user('user_SAM_OLD', 'Sam', 'Rivera', 'sam.rivera@fastmail.com'));
    const sam = await profile({ givenName: 'Samantha', familyName: 'Rivera', birthDate: '1975-06-30', sexAtBirth: 'female', email: 's.rivera@outlook.com', phone: '+1 646 555 0163' });
    await clerk('user.created', user('user_SAM_MARKER', 'Sam', 'Marker', 'sam.marker@fastmail.com'));
    const marker = await profile({ givenName: 'Sam', familyName: 'Marker', birthDate: '1977-01-05', sexAtBirth: 'male', email: 'sam.marker@fastmail.com' });
    await expect(adoptedBy('user_SAM_MARKER')).resolves.toBe(marker.id);
    expect(await unresolved('user_SAM_OLD')).toBe('NOT_FOUND');

    // Her new Clerk account has the same mailbox and her phone: it is linked to her patient on arrival, and the old
    // account, which shares its own mailbox, follows it.
    await clerk('user.created', { ...user('user_SAM_NEW', 'Sam', 'Rivera', 'sam.rivera@fastmail.com'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+16465550163' }] });
    await expect(resolveId('clerk', 'user_SAM_NEW')).resolves.toEqual({ patientId: sam.id });
    await expect(resolveId('clerk', 'user_SAM_OLD')).resolves.toEqual({ patientId: sam.id });
  });
});

describe('adoption, reviewed: what adoption refuses goes to a person, and a person\'s rejection holds for the whole patient', () => {
  it('a refused adoption is queued: "Chris" on the household mailbox is not adopted by Christine, and a person is asked', async () => {
    await clerk('user.created', user('user_CHRIS', 'Chris', 'Whitfield', 'thewhitfields@gmail.com'));
    expect(await unresolved('user_CHRIS')).toBe('NOT_FOUND');
    const christine = await profile({ givenName: 'Christine', familyName: 'Whitfield', birthDate: '1972-04-03', sexAtBirth: 'female', email: 'thewhitfields@gmail.com', phone: '+1 978 555 0101' });
    const item = await until('a review item for user_CHRIS', async () => (await openItems()).find((i) => i.a.sourceId === 'user_CHRIS' || i.b.sourceId === 'user_CHRIS'));
    expect([item.a.patientId, item.b.patientId]).toContain(christine.id);
    expect(await unresolved('user_CHRIS')).toBe('NOT_FOUND');
  });

  it('a record a person rejected for one record of a patient is not adopted through another record of that patient', async () => {
    await clerk('user.created', user('user_MIRA', 'Mira', 'Adeyemi', 'mira.adeyemi@fastmail.com'));
    // A patient on the same mailbox under another given name: a person is asked, and rejects.
    const nora = await profile({ givenName: 'Nora', familyName: 'Adeyemi', birthDate: '1990-02-11', sexAtBirth: 'female', email: 'mira.adeyemi@fastmail.com', phone: '+1 503 555 0177' });
    const item = await until('a review item for user_MIRA', async () => (await openItems()).find((i) => i.a.sourceId === 'user_MIRA' || i.b.sourceId === 'user_MIRA'));
    await suite.rpc.request(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'reject', reason: 'not her account, the clinic says' } }, admin);
    // A second account of the same name and mailbox is linked to that patient by an admin, and the profile's given name
    // is changed to Mira: the second account is a certain match of the waiting one, but a person said it is not hers.
    await clerk('user.created', user('user_MIRA2', 'Mira', 'Adeyemi', 'mira.adeyemi@fastmail.com'));
    await suite.rpc.request(IDENTITY.identityLink, { patientId: nora.id, body: { system: 'clerk', value: 'user_MIRA2' } }, admin);
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: nora.id, ifMatch: nora.version, body: { givenName: 'Mira' } }, admin);
    // (The marker: its patient comes after the change, so once it is adopted the change was looked at.)
    await clerk('user.created', user('user_HEDY', 'Hedy', 'Lamarr', 'hedy.lamarr@fastmail.com'));
    const hedy = await profile({ givenName: 'Hedy', familyName: 'Lamarr', birthDate: '1914-11-09', sexAtBirth: 'female', email: 'hedy.lamarr@fastmail.com' });
    await expect(adoptedBy('user_HEDY')).resolves.toBe(hedy.id);
    await expect(resolveId('clerk', 'user_MIRA2')).resolves.toEqual({ patientId: nora.id });
    expect(await unresolved('user_MIRA')).toBe('NOT_FOUND');
  });
});

/**
 * Holds identity-svc's audit events back on their way to the real AUDIT stream (AuditHold, libs/testing), profiles-svc's
 * recorded at once. Every identity-svc event is held, its service principal's login too (the patient feed reads profiles
 * with that credential): first one adoption goes through, so the feed holds a fresh credential (valid for minutes, far
 * longer than a test) before anything is held.
 */
const WARM_UP = [['Lise', 'Meitner', '1918-11-07'], ['Chien-Shiung', 'Wu', '1912-05-31'], ['Rosalind', 'Franklin', '1920-07-25'], ['Barbara', 'McClintock', '1902-06-16']];
async function holdIdentityAudit(): Promise<AuditHold> {
  const [given, family, birthDate] = WARM_UP.shift()!;
  const value = `user_WARM_${family!.toUpperCase()}`;
  const email = `${given!.toLowerCase()}.${family!.toLowerCase()}@fastmail.com`;
  await clerk('user.created', user(value, given!, family!, email));
  const warm = await profile({ givenName: given, familyName: family, birthDate, sexAtBirth: 'female', email });
  await expect(adoptedBy(value)).resolves.toBe(warm.id);
  return AuditHold.start(suite.nc, suite.world, SERVICE_NAME, [PROFILES_SVC]);
}

/** The adoption links (and their corrections) of one patient in the AUDIT stream, in stream order. */
const adoptionTrail = async (patientId: string) => (await publishedAuditEvents(suite.nc, suite.world))
  .filter((e) => e.action === 'link' && e.resource.patientId === patientId && (e.reason === 'adoption' || e.corrects));
/** The successes of a trail no correction takes back: what an auditor reads as done. */
const standing = (trail: AuditEvent[]) => trail.filter((e) => e.outcome === 'success' && !trail.some((c) => c.corrects === e.id));
/** What the database committed: the patient a partner identifier is linked to, if any (read beside the service). */
const committedLink = async (value: string) => (await suite.db.query(
  `select patient_id from "${suite.world.env.IDENTITY_DB_SCHEMA}".patient_identifier where system = 'clerk' and value = $1 and tombstoned_at is null`, [value],
)).rows[0]?.patient_id as string | undefined;
const isAdoption = (patientId: string) => (e: AuditEvent) => e.action === 'link' && e.reason === 'adoption' && e.resource.patientId === patientId && !e.corrects;

describe('adoption, audited: the link is in the audit trail exactly when it is committed (real stream, real database)', () => {
  it('the link waits for the stream\'s ack: not committed while unacknowledged, committed and in the trail once acknowledged', async () => {
    await clerk('user.created', user('user_KATHERINE', 'Katherine', 'Johnson', 'katherine.johnson@fastmail.com'));
    const hold = await holdIdentityAudit();
    let katherine: PatientDto;
    try {
      katherine = await profile({ givenName: 'Katherine', familyName: 'Johnson', birthDate: '1918-08-26', sexAtBirth: 'female', email: 'katherine.johnson@fastmail.com' });
      await hold.event('the adoption link sent to the stream', isAdoption(katherine.id));
      // The feed made the link and waits for the ack: nothing is committed yet.
      expect(await committedLink('user_KATHERINE')).toBeUndefined();
    } finally {
      await hold.release();
    }
    await expect(adoptedBy('user_KATHERINE')).resolves.toBe(katherine.id);
    const trail = await adoptionTrail(katherine.id);
    expect(trail.map((e) => [e.outcome, e.reason, e.resource.type])).toEqual([['success', 'adoption', 'identity']]);
  }, 60_000);

  it('not acknowledged: nothing commits, and the profile\'s event comes again and adopts once the stream answers', async () => {
    await clerk('user.created', user('user_DOROTHY', 'Dorothy', 'Vaughan', 'dorothy.vaughan@fastmail.com'));
    const hold = await holdIdentityAudit();
    let dorothy: PatientDto;
    try {
      dorothy = await profile({ givenName: 'Dorothy', familyName: 'Vaughan', birthDate: '1910-09-20', sexAtBirth: 'female', email: 'dorothy.vaughan@fastmail.com' });
      const first = await hold.event('the first adoption link', isAdoption(dorothy.id));
      hold.drop((e) => e.id === first.id);
      // The stream never acknowledges it: the feed's transaction rolls back and the event is delivered again.
      const second = await hold.event('the adoption tried again', (e) => isAdoption(dorothy.id)(e) && e.id !== first.id, ACK_TIMEOUT_MS * 3 + 20_000);
      expect(second.id).not.toBe(first.id);
      expect(await committedLink('user_DOROTHY')).toBeUndefined();
    } finally {
      await hold.release();
    }
    await expect(adoptedBy('user_DOROTHY')).resolves.toBe(dorothy.id);
    const trail = await until('the adoption in the trail', async () => {
      const t = await adoptionTrail(dorothy.id);
      return standing(t).length ? t : undefined;
    });
    expect(standing(trail)).toHaveLength(1);
  }, 90_000);

  it('acknowledged, then the commit fails: the stored link is corrected, and nothing is linked until a commit succeeds', async () => {
    const schema = suite.world.env.IDENTITY_DB_SCHEMA;
    await clerk('user.created', user('user_MARY_W', 'Mary', 'Winston', 'mary.winston@fastmail.com'));
    // A check Postgres runs at COMMIT (a deferred constraint trigger): adoption and the ack succeed, the commit fails.
    await suite.db.query(`create or replace function "${schema}".refuse_at_commit() returns trigger language plpgsql as $$
      begin if new.value = 'user_MARY_W' then raise exception 'refused at commit' using errcode = '23514'; end if; return null; end $$`);
    await suite.db.query(`create constraint trigger refuse_at_commit after insert or update on "${schema}".patient_identifier
      deferrable initially deferred for each row execute function "${schema}".refuse_at_commit()`);
    let mary: PatientDto;
    try {
      mary = await profile({ givenName: 'Mary', familyName: 'Winston', birthDate: '1921-04-09', sexAtBirth: 'female', email: 'mary.winston@fastmail.com' });
      const trail = await until('an adoption link and its correction in the trail', async () => {
        const t = await adoptionTrail(mary.id);
        return t.some((e) => e.corrects) ? t : undefined;
      });
      const correction = trail.find((e) => e.corrects)!;
      expect(correction).toMatchObject({ outcome: 'error', reason: 'rolled-back' });
      expect(trail.find((e) => e.id === correction.corrects)).toMatchObject({ outcome: 'success', reason: 'adoption' });
      expect(await committedLink('user_MARY_W')).toBeUndefined();
    } finally {
      await suite.db.query(`drop trigger refuse_at_commit on "${schema}".patient_identifier`);
    }
    // The event comes again; now the commit succeeds: one link stands in the trail.
    await expect(adoptedBy('user_MARY_W')).resolves.toBe(mary.id);
    const trail = await until('the committed adoption in the trail', async () => {
      const t = await adoptionTrail(mary.id);
      return standing(t).length ? t : undefined;
    });
    expect(standing(trail)).toHaveLength(1);
  }, 60_000);
});

describe('adoption and a webhook at once (real database locks)', () => {
  it('a webhook for the record being adopted waits for the adoption and creates no second patient', async () => {
    await clerk('user.created', user('user_RADIA', 'Radia', 'Perlman', 'radia.perlman@fastmail.com'));
    const hold = await holdIdentityAudit();
    let radia: PatientDto;
    let webhook: Promise<IdentityWebhookReceiptDto>;
    try {
      radia = await profile({ givenName: 'Radia', familyName: 'Perlman', birthDate: '1951-12-18', sexAtBirth: 'female', email: 'radia.perlman@fastmail.com' });
      // The adoption's transaction is open (its link waits for the ack) when the partner's update arrives with her
      // birthday: alone, a user nobody has with a birthday becomes a new patient.
      await hold.event('the adoption link sent to the stream', isAdoption(radia.id));
      webhook = clerk('user.updated', { ...user('user_RADIA', 'Radia', 'Perlman', 'radia.perlman@fastmail.com'), birthday: '1951-12-18' });
      await until('the webhook to wait for the adopted record\'s lock', async () => (await suite.db.query(
        `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike $1`, [`%${suite.world.env.IDENTITY_DB_SCHEMA}"."match_record%`],
      )).rowCount! > 0);
    } finally {
      await hold.release();
    }
    await expect(webhook).resolves.toMatchObject({ status: 'applied' });
    await expect(resolveId('clerk', 'user_RADIA')).resolves.toEqual({ patientId: radia.id });
    const born = await suite.rpc.request<Page<PatientDto>>(PROFILES.patientSearch, { query: { birthDate: '1951-12-18', limit: 10 } }, admin);
    expect(born.items.map((p) => p.id)).toEqual([radia.id]);
  }, 60_000);
});

describe('adoption while a merge is in flight (a pending merge in the database)', () => {
  it('reads the records of the patient the merge lands on: her patient being merged into another person\'s is not adopted, and a person is asked', async () => {
    await clerk('user.created', user('user_ANNIE', 'Annie', 'Easley', 'annie.easley@fastmail.com'));
    // The patient an admin is merging hers into: another person of the family.
    const mother = await profile({ givenName: 'Mary', familyName: 'Easley', birthDate: '1905-02-11', sexAtBirth: 'female', email: 'mary.easley@yahoo.com', phone: '+1 205 555 0190' });
    // Her patient, registered first under an intake placeholder that matches no one.
    const intake = await profile({ givenName: 'Intake', familyName: 'Placeholder', birthDate: '1933-04-23', sexAtBirth: 'female', email: 'intake.0423@outlook.com' });
    // The merge admitted and pending, its participants not yet moved: the state the saga is in between admission and
    // identity-svc's own part.
    const mergeId = randomUUID();
    await suite.db.query(`insert into "${suite.world.env.IDENTITY_DB_SCHEMA}".merge (id, source_patient_id, target_patient_id, state, requested_by, requested_at, services)
      values ($1, $2, $3, 'pending', null, now(), '{}')`, [mergeId, intake.id, mother.id]);
    const named = await suite.rpc.request<PatientDto>(PROFILES.patientUpdate, { patientId: intake.id, ifMatch: intake.version, body: { givenName: 'Annie', familyName: 'Easley', email: 'annie.easley@fastmail.com' } }, admin);
    // (The marker: its patient comes after the change, so once it is adopted the change was looked at.)
    await clerk('user.created', user('user_EDITH', 'Edith', 'Clarke', 'edith.clarke@fastmail.com'));
    const edith = await profile({ givenName: 'Edith', familyName: 'Clarke', birthDate: '1913-02-10', sexAtBirth: 'female', email: 'edith.clarke@fastmail.com' });
    await expect(adoptedBy('user_EDITH')).resolves.toBe(edith.id);
    expect(await unresolved('user_ANNIE')).toBe('NOT_FOUND');
    const item = (await openItems()).find((i) => [i.a.sourceId, i.b.sourceId].includes('user_ANNIE'));
    expect(item?.reason).toBe('ambiguous');
    expect([item?.a.patientId, item?.b.patientId]).toContain(intake.id);

    // The merge is undone: the next change of her profile adopts her into her own patient.
    await suite.db.query(`update "${suite.world.env.IDENTITY_DB_SCHEMA}".merge set state = 'undone', undone_at = now() where id = $1`, [mergeId]);
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: intake.id, ifMatch: named.version, body: { phone: '+1 216 555 0123' } }, admin);
    await expect(adoptedBy('user_ANNIE')).resolves.toBe(intake.id);
  }, 60_000);
});
