import { PROFILES } from '@pg/contracts';
import { until } from '@pg/testing';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13, identity5: the profile identity-svc makes for a patient a partner record starts (PatientCreator.create:
 * the record's name, birth date and e-mail) is a copy of that record, not a second witness (docs/identity.md, "A
 * profile entering the index"). Before, the merge guards read it as a clinic profile: the person's own clinic profile
 * (another e-mail) then had to agree with it on a contact it never had, and the merge went to a person. Real parts:
 * identity-svc and profiles-svc, PostgreSQL, NATS.
 */

const suite = identityWithProfiles('copies');
const { clerk, profile, mergesOf, indexed, settle } = suite;
const resolveClerk = (value: string) => suite.resolve('clerk', value);
const openItems = () => suite.items();
/** A Clerk user who gave her phone at sign-up too. */
const withPhone = (user: ReturnType<typeof clerkUser>, phone: string) => ({ ...user, primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: phone }] });


describe('the profile made for a partner-started patient is a copy of the partner record, not a second witness', () => {
  it('her clinic profile (another e-mail, her Clerk phone, her name and birth date) merges into the patient her Clerk account started', async () => {
    await expect(clerk('user.created', withPhone(clerkUser('user_MAYA', 'Maya', 'Chen', 'maya.chen@fastmail.com', '1984-10-22'), '+1 617 555 0123')))
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
    await clerk('user.created', withPhone(clerkUser('user_NORA', 'Nora', 'Lindqvist', 'nora.lindqvist@fastmail.com', '1979-02-03'), '+1 508 555 0147'));
    const started = (await resolveClerk('user_NORA')).patientId;
    await indexed(started);
    await suite.rpc.request(PROFILES.patientUpdate, { patientId: started, body: { phone: '+1 508 555 0190' } }, admin);
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
    await clerk('user.created', withPhone(clerkUser('user_DAN', 'Daniel', 'Brooks', 'brooks.home@gmail.com', '1962-08-14'), '+1 978 555 0175'));
    const started = (await resolveClerk('user_DAN')).patientId;
    await indexed(started);
    const son = await profile({ givenName: 'Daniel', familyName: 'Brooks', birthDate: '1992-08-14', email: 'dan.brooks92@gmail.com', phone: '+1 978 555 0175' });
    await indexed(son.id);
    await settle();
    expect(await mergesOf(son.id)).toEqual([]);
    expect(await mergesOf(started)).toEqual([]);
  });
});
