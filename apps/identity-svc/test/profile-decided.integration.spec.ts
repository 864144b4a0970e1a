import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { IDENTITY, mergeAnswerEvent, PROFILES, type MergeDto, type MergeParticipant } from '@pg/contracts';
import { publishDomainEvent } from '@pg/messaging';
import { publishedAuditEvents, until } from '@pg/testing';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13: a Patient Graph profile entering the index is decided (docs/identity.md, "A profile entering the index").
 * Before, the patient feed indexed it as its own patient and decided nothing: a person's profile arriving after the
 * patient her Clerk account started stayed a second patient, and nobody was asked. Real parts: identity-svc and
 * profiles-svc (each moves its rows in the merge saga), PostgreSQL, NATS; labs-svc and treatments-svc answer the saga
 * on EVENTS as their services would.
 */

const suite = identityWithProfiles('profiles');
const { clerk, profile, mergesOf, indexed, settle } = suite;
const OTHERS: MergeParticipant[] = ['labs-svc', 'treatments-svc'];
const resolveClerk = (value: string) => suite.resolve('clerk', value);
const openItems = () => suite.items();
/** The item that asks about the profile's patient and the other one (its profile record against one of theirs). */
const itemBetween = (newer: string, older: string) => until(`an item on ${newer} and ${older}`, async () =>
  (await openItems()).find((i) => [i.a.patientId, i.b.patientId].sort().join() === [newer, older].sort().join()));


describe('a profile entering the index is decided against the other patients', () => {
  it('her profile, arriving after the patient her Clerk account started, merges into that patient (the established one survives; the saga completes, audited)', async () => {
    // Grace signs up at Clerk with her birthday: the webhook starts a patient for her from Clerk's data.
    await expect(clerk('user.created', clerkUser('user_GRACE', 'Grace', 'Hopper', 'grace.hopper@fastmail.com', '1976-12-09')))
      .resolves.toMatchObject({ status: 'applied' });
    const started = (await resolveClerk('user_GRACE')).patientId;
    await indexed(started);

    // Her clinic then registers her: her name, birth date and e-mail, and her phone.
    const grace = await profile({
      givenName: 'Grace', familyName: 'Hopper', birthDate: '1976-12-09', sexAtBirth: 'female', email: 'grace.hopper@fastmail.com', phone: '+1 703 555 0188',
    });
    const [merge] = await until('an automatic merge', async () => (await mergesOf(grace.id)).length ? mergesOf(grace.id) : undefined);
    // The profile's new patient merges into the established one (the patient her account started), by automation.
    expect(merge).toMatchObject({ source_patient_id: grace.id, target_patient_id: started, requested_by: null });
    for (const s of OTHERS) {
      await publishDomainEvent(jetstream(suite.nc), suite.world.ns, mergeAnswerEvent(s, 'applied'),
        { mergeId: merge!.id, service: s, moved: {}, superseded: {}, occurredAt: new Date().toISOString() }, randomUUID());
    }
    const done = await until('the merge completed', async () => {
      const m = await suite.rpc.request<MergeDto>(IDENTITY.mergeGet, { mergeId: merge!.id }, admin);
      return m.state === 'completed' ? m : undefined;
    });
    expect(done.services['identity-svc']!.moved).toMatchObject({ match_record: 1 });
    // Her Clerk account stays with the patient it started; her new profile's patient answers as merged into it.
    await expect(resolveClerk('user_GRACE')).resolves.toEqual({ patientId: started });
    const audit = (await publishedAuditEvents(suite.nc, suite.world)).filter((e) => e.action === 'merge' && e.reason === 'automatic-merge' && e.resource.id === merge!.id);
    expect(audit.map((e) => e.resource.patientId).sort()).toEqual([grace.id, started].sort());
  });

  it('a profile only probably the same person (an initial, the birth date and a home the other patient does not give) is queued, not merged', async () => {
    const ada = await profile({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-03-02', email: 'ada.lovelace@fastmail.com', phone: '+1 415 555 0199' });
    await indexed(ada.id);
    const initial = await profile({
      givenName: 'A', familyName: 'Lovelace', birthDate: '1985-03-02', address: { line1: '3 Byron Row', city: 'Salem', postalCode: '01830', country: 'US' },
    });
    const item = await itemBetween(initial.id, ada.id);
    expect(item).toMatchObject({ reason: 'uncorroborated', grade: 'probable', status: 'open' });
    expect(await mergesOf(initial.id)).toEqual([]);
  });

  it("a twin's profile (her sister's birth date, home and landline; Kirsten and Kristen) is not merged: a person is asked", async () => {
    const home = { line1: '14 Linden Street', city: 'Salem', postalCode: '01830', country: 'US' };
    const kristen = await profile({ givenName: 'Kristen', familyName: 'Park', birthDate: '2001-04-17', phone: '+1 978 373 4410', email: 'kristen.park@gmail.com', address: home });
    await indexed(kristen.id);
    const kirsten = await profile({ givenName: 'Kirsten', familyName: 'Park', birthDate: '2001-04-17', phone: '+1 978 373 4410', address: home });
    const item = await itemBetween(kirsten.id, kristen.id);
    expect(item).toMatchObject({ reason: 'ambiguous', status: 'open' });
    expect(await mergesOf(kirsten.id)).toEqual([]);
    expect(await mergesOf(kristen.id)).toEqual([]);
  });
});

describe('a profile entering the index, second review (issue 13): a person\'s question holds, a tie is asked, the established patient survives', () => {
  it('a question a person deferred on two profiles holds automation off when one of them later gains what makes it certain', async () => {
    const helen = await profile({ givenName: 'Helen', familyName: 'Okoro', birthDate: '1970-05-14', email: 'helen.okoro@fastmail.com' });
    await indexed(helen.id);
    const second = await profile({ givenName: 'Helen', familyName: 'Okoro', birthDate: '1970-05-14', phone: '+1 617 555 0161' });
    const item = await itemBetween(second.id, helen.id);
    await suite.rpc.request(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'defer', reason: 'calling the patient to check' } }, admin);
    // Her first profile gets the same phone (she updates it in the app): certain now, but a person holds the question.
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: helen.id, body: { phone: '+1 617 555 0161' } }, admin);
    await until('the edit indexed', async () => (await suite.db.query(
      `select 1 from "${suite.schema}".match_record where source = 'patient-graph' and source_id = $1::text and normalized->>'phone' is not null`, [helen.id],
    )).rowCount || undefined);
    await settle();
    expect(await mergesOf(helen.id)).toEqual([]);
    const deferred = await suite.items('deferred');
    expect(deferred.map((i) => i.id)).toContain(item.id);
  });

  it('twin brothers Christopher and Christian (one home, landline, birth date); one signs up as "Chris": neither is merged, both are asked', async () => {
    const home = { line1: '9 Elm Court', city: 'Lowell', postalCode: '01852', country: 'US' };
    const twin = { familyName: 'Reyes', birthDate: '1999-02-11', sexAtBirth: 'male', phone: '+1 978 555 0142', address: home };
    const christopher = await profile({ givenName: 'Christopher', ...twin });
    const christian = await profile({ givenName: 'Christian', ...twin });
    await indexed(christopher.id);
    await indexed(christian.id);
    const chris = await profile({ givenName: 'Chris', ...twin, email: 'chrisreyes99@gmail.com' });
    await itemBetween(chris.id, christopher.id);
    await itemBetween(chris.id, christian.id);
    await settle();
    expect(await mergesOf(chris.id)).toEqual([]);
  });
});
