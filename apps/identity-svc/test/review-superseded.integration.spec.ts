import { randomUUID } from 'node:crypto';
import { IDENTITY, type DomainException, type ReviewItemDto, type ReviewStatus } from '@pg/contracts';
import { publishedAuditEvents, rejection, until } from '@pg/testing';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13: a review item whose record is linked later — by adoption, by a later certain match, by a person's link or
 * accept — closes itself (`superseded`, with the link that closed it), audited; a person's decision (accepted,
 * rejected, deferred) is never changed by it (docs/identity.md, "Automation and the review queue").
 */

const suite = identityWithProfiles('superseded');
const { clerk, profile, items, adoptedBy } = suite;
const user = clerkUser;
const resolveId = (value: string) => suite.resolve('clerk', value);
const itemsOf = async (sourceId: string, status: ReviewStatus = 'open') => (await items(status)).filter((i) => i.a.sourceId === sourceId || i.b.sourceId === sourceId);
const decide = (id: string, decision: 'accept' | 'reject' | 'defer', reason: string) =>
  suite.rpc.request<ReviewItemDto>(IDENTITY.reviewDecide, { id, body: { decision, reason } }, admin);

let markers = 0;
/** A marker: a waiting user whose patient comes after what was done before, so once it is adopted the feed looked at all of it. */
async function settled() {
  const n = ++markers;
  const fam = ['Quennell', 'Ravensworth', 'Sallowby', 'Thistlewood', 'Umberleigh', 'Vexworthy', 'Wolverbury', 'Yarrowby'][n];
  await clerk('user.created', user(`user_MARK${n}`, 'Marigold', fam, `marigold.${fam.toLowerCase()}@fastmail.com`));
  await profile({ givenName: 'Marigold', familyName: fam, birthDate: `1950-01-0${n}`, sexAtBirth: 'female', email: `marigold.${fam.toLowerCase()}@fastmail.com` });
  await adoptedBy(`user_MARK${n}`);
}
const supersededTrail = async (itemId: string) => (await publishedAuditEvents(suite.nc, suite.world))
  .filter((e) => e.resource.type === 'review-item' && e.resource.id === itemId && e.reason === 'superseded');

describe('review items close themselves when their record is linked later (superseded)', () => {
  it('a person links the waiting record: its open item closes, showing the link, and the closing is in the audit trail', async () => {
    // "Chris" on the family mailbox waits on Christine (a person is asked: the mailbox spells neither name).
    await clerk('user.created', user('user_CHRIS', 'Chris', 'Ashdown', 'theashdowns@gmail.com'));
    const christine = await profile({ givenName: 'Christine', familyName: 'Ashdown', birthDate: '1972-04-03', sexAtBirth: 'female', email: 'theashdowns@gmail.com', phone: '+1 978 555 0101' });
    const item = await until('item', async () => (await itemsOf('user_CHRIS'))[0]);
    // The family says the account is Christine's ("Chris"): the clinic links it to her, which answers the question.
    await settled();
    await suite.rpc.request(IDENTITY.identityLink, { patientId: christine.id, body: { system: 'clerk', value: 'user_CHRIS' } }, admin);

    expect(await itemsOf('user_CHRIS')).toEqual([]);
    const closed = (await itemsOf('user_CHRIS', 'superseded')).find((i) => i.id === item.id);
    expect(closed).toMatchObject({
      status: 'superseded', decision: null, decidedBy: admin.principalId,
      supersededBy: { patientId: christine.id, method: 'manual', linkedBy: admin.principalId },
    });
    expect(await supersededTrail(item.id)).toEqual([expect.objectContaining({ action: 'update', outcome: 'success' })]);
    // Closed is closed: a person cannot decide it any more.
    expect((await rejection<DomainException>(decide(item.id, 'reject', 'late'))).code).toBe('CONFLICT');
  });

  it('the waiting record sent again with what makes it certain joins its patient: the question it waited on closes', async () => {
    await clerk('user.created', user('user_PAT', 'Pat', 'Okonkwo', 'theokonkwos@gmail.com'));
    const patricia = await profile({ givenName: 'Patricia', familyName: 'Okonkwo', birthDate: '1961-11-20', sexAtBirth: 'female', email: 'theokonkwos@gmail.com', phone: '+1 937 555 0144' });
    const item = await until('item', async () => (await itemsOf('user_PAT'))[0]);
    // Clerk sends her account again with her birthday and her phone: it is her (a later certain match).
    await clerk('user.updated', { ...user('user_PAT', 'Pat', 'Okonkwo', 'theokonkwos@gmail.com', '1961-11-20'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+19375550144' }] });
    await expect(resolveId('user_PAT')).resolves.toEqual({ patientId: patricia.id });
    expect(await itemsOf('user_PAT')).toEqual([]);
    expect((await itemsOf('user_PAT', 'superseded')).map((i) => [i.id, i.supersededBy?.patientId, i.supersededBy?.method])).toEqual([[item.id, patricia.id, 'webhook']]);
    expect(await supersededTrail(item.id)).toHaveLength(1);
  });

  it('adoption: a waiting record adopted by its own patient closes the question it waited on', async () => {
    // An old account with her home phone and her own mailbox, no birthday: certain to her profile by the names and the
    // phone, but a phone is a household's too, so a person is asked (adoption's own fact is missing).
    const phone = { primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+15035550190' }] };
    await clerk('user.created', { ...user('user_LIZ_OLD', 'Liz', 'Hartley', 'liz.hartley@gmail.com'), ...phone });
    const liz = await profile({ givenName: 'Elizabeth', familyName: 'Hartley', birthDate: '1980-03-03', sexAtBirth: 'female', email: 'e.hartley@work.example', phone: '+1 503 555 0190' });
    await settled();
    const waiting = await itemsOf('user_LIZ_OLD');
    expect(waiting.length).toBeGreaterThan(0);
    // Her new account (the same mailbox, her birthday and phone) joins her on arrival and brings the old one (adoption:
    // the mailbox spells her name).
    await clerk('user.created', { ...user('user_LIZ_NEW', 'Liz', 'Hartley', 'liz.hartley@gmail.com', '1980-03-03'), ...phone });
    await expect(resolveId('user_LIZ_NEW')).resolves.toEqual({ patientId: liz.id });
    await expect(resolveId('user_LIZ_OLD')).resolves.toEqual({ patientId: liz.id });
    expect(await itemsOf('user_LIZ_OLD')).toEqual([]);
    const closed = await itemsOf('user_LIZ_OLD', 'superseded');
    expect(closed.map((i) => i.id).sort()).toEqual(waiting.map((i) => i.id).sort());
    for (const i of closed) expect(i.supersededBy).toMatchObject({ patientId: liz.id, method: 'auto-link', linkedBy: 'identity-svc:adoption' });
  });

  it('a profile that carries the waiting record\'s identifier links it: the question its own decision still asks stays open', async () => {
    // "Chris" on the family mailbox waits on Christine; his own profile arrives naming his Clerk account (an import).
    await clerk('user.created', user('user_CHRIS3', 'Chris', 'Kettering', 'theketterings@gmail.com'));
    await profile({ givenName: 'Christine', familyName: 'Kettering', birthDate: '1969-12-01', sexAtBirth: 'female', email: 'theketterings@gmail.com', phone: '+1 978 555 0133' });
    const item = await until('item', async () => (await itemsOf('user_CHRIS3'))[0]);
    const chris = await profile({
      givenName: 'Christopher', familyName: 'Kettering', birthDate: '1967-05-15', sexAtBirth: 'male', email: 'c.kettering@work.example',
      identifiers: [{ system: 'clerk', value: 'user_CHRIS3' }],
    });
    await expect(adoptedBy('user_CHRIS3')).resolves.toBe(chris.id);
    await settled();
    // The account (the family mailbox, "Chris") is still probably Christine's: the question is asked still, as an
    // automatic link would keep it (one rule, whoever links).
    expect((await itemsOf('user_CHRIS3')).map((i) => i.id)).toEqual([item.id]);
    expect(await itemsOf('user_CHRIS3', 'superseded')).toEqual([]);
    expect(await supersededTrail(item.id)).toEqual([]);
  });

  it('a person\'s decisions stand: an accept leaves the record\'s questions its decision still asks; a deferred item stays a person\'s to decide', async () => {
    // Emily's account on the household mailbox waits on her mother Linda's and on her own patient (two questions).
    const home = { line1: '14 Alder Lane', city: 'Springfield', postalCode: '62704', country: 'US' };
    await clerk('user.created', user('user_EMILY', 'Emily', 'Chen', 'chen.family@gmail.com'));
    const linda = await profile({ givenName: 'Linda', familyName: 'Chen', birthDate: '1968-05-02', sexAtBirth: 'female', email: 'chen.family@gmail.com', phone: '+1 217 555 0142', address: home });
    const emily = await profile({ givenName: 'Emily', familyName: 'Chen', birthDate: '2004-08-19', sexAtBirth: 'female', email: 'chen.family@gmail.com', phone: '+1 217 555 0142', address: home });
    const own = await until('her own question', async () => (await itemsOf('user_EMILY')).find((i) => [i.a.patientId, i.b.patientId].includes(emily.id)));
    const mother = await until('the question with her mother', async () => (await itemsOf('user_EMILY')).find((i) => [i.a.patientId, i.b.patientId].includes(linda.id)));

    await decide(own.id, 'accept', 'her account, the family says');
    await expect(resolveId('user_EMILY')).resolves.toEqual({ patientId: emily.id });
    expect((await itemsOf('user_EMILY', 'accepted')).map((i) => i.id)).toEqual([own.id]);
    // Her account on the household mailbox is still probably her mother's: that question stays (as an automatic link's).
    expect((await itemsOf('user_EMILY')).map((i) => i.id)).toEqual([mother.id]);
    expect(await itemsOf('user_EMILY', 'superseded')).toEqual([]);

    // A question a reviewer deferred is theirs: the record's link leaves it waiting (they can still decide it).
    await clerk('user.created', user('user_CHRIS2', 'Chris', 'Barrow', 'thebarrows@gmail.com'));
    await profile({ givenName: 'Christine', familyName: 'Barrow', birthDate: '1974-02-12', sexAtBirth: 'female', email: 'thebarrows@gmail.com', phone: '+1 978 555 0122' });
    const deferred = await until('item', async () => (await itemsOf('user_CHRIS2'))[0]);
    await decide(deferred.id, 'defer', 'ask the family');
    const christopher = await profile({ givenName: 'Christopher', familyName: 'Barrow', birthDate: '1971-10-02', sexAtBirth: 'male', email: 'c.barrow@work.example', phone: '+1 978 555 0188' });
    await settled();
    await suite.rpc.request(IDENTITY.identityLink, { patientId: christopher.id, body: { system: 'clerk', value: 'user_CHRIS2' } }, admin);
    expect((await itemsOf('user_CHRIS2', 'deferred')).map((i) => i.id)).toEqual([deferred.id]);
    await expect(decide(deferred.id, 'reject', 'his, not hers')).resolves.toMatchObject({ status: 'rejected', supersededBy: null });
  });
});

describe('superseded, second review (issue 13): only the record asked about, in both patients\' trails', () => {
  it('a waiting account made certain to another patient closes its question (audited to both patients); a question where it is only the candidate stays', async () => {
    // Chris's account on the family mailbox waits on Christine; his own profile is there too (his work e-mail).
    await clerk('user.created', user('user_CHRIS4', 'Chris', 'Holloway', 'theholloways@gmail.com'));
    const christine = await profile({ givenName: 'Christine', familyName: 'Holloway', birthDate: '1972-04-03', sexAtBirth: 'female', email: 'theholloways@gmail.com', phone: '+1 978 555 0104' });
    const item = await until('item', async () => (await itemsOf('user_CHRIS4'))[0]);
    const christopher = await profile({ givenName: 'Christopher', familyName: 'Holloway', birthDate: '1970-09-21', sexAtBirth: 'male', email: 'c.holloway@work.example', phone: '+1 978 555 0174' });
    await settled();
    // Another question names his account only as the candidate (his profile's record is the one asked about).
    const schema = suite.world.env.IDENTITY_DB_SCHEMA;
    const recordId = async (source: string, sourceId: string) => (await suite.db.query<{ id: string }>(
      `select id from "${schema}".match_record where source = $1 and source_id = $2`, [source, sourceId])).rows[0]!.id;
    const account = await recordId('clerk', 'user_CHRIS4');
    const his = await recordId('patient-graph', christopher.id);
    const candidateId = randomUUID();
    const key = `r:${[his, account].sort().join(':')}`;
    await suite.db.query(
      `insert into "${schema}".review_item (id, reason, status, record_a, record_b, patient_b, pair_key, grade, created_at) values ($1, 'probable', 'open', $2, $3, null, $4, 'probable', now())`,
      [candidateId, his, account, key],
    );
    // Clerk sends his account again with his own e-mail, birthday and phone: certainly his, no longer Christine's.
    await clerk('user.updated', { ...user('user_CHRIS4', 'Chris', 'Holloway', 'c.holloway@work.example', '1970-09-21'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+19785550174' }] });
    await expect(resolveId('user_CHRIS4')).resolves.toEqual({ patientId: christopher.id });
    const closed = await until('closed', async () => (await itemsOf('user_CHRIS4', 'superseded')).find((i) => i.id === item.id));
    expect(closed.supersededBy).toMatchObject({ patientId: christopher.id });
    const trail = await until('both trails', async () => { const t = await supersededTrail(item.id); return t.length >= 2 ? t : undefined; });
    expect(trail.map((e) => e.resource.patientId).sort()).toEqual([christopher.id, christine.id].sort());
    // The question asked about his profile's record is not his account's to close: the account's link leaves it.
    expect((await suite.db.query(`select status from "${schema}".review_item where id = $1`, [candidateId])).rows[0]).toEqual({ status: 'open' });
  });
});
