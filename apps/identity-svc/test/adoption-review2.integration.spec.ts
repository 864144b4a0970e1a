import { DomainException, IDENTITY } from '@pg/contracts';
import { rejection, until } from '@pg/testing';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13, adoption, second review: a waiting partner record sent again is decided with adoption's guard and a
 * person's no-match on it (against any record of the patient) stands; one open question per record and patient; an
 * initial-and-surname mailbox is no person's own without the birth date (docs/identity.md, "Adoption"). Expected
 * outcomes are what a person looking at the records would decide.
 */

const suite = identityWithProfiles('adoption-review2');
const { clerk, profile, resolve: resolveId, adoptedBy } = suite;
const user = clerkUser;
const unresolved = async (value: string) => (await rejection<DomainException>(resolveId('clerk', value))).code;
const openItems = () => suite.items();

const itemsOf = async (sourceId: string) => (await openItems()).filter((i) => i.a.sourceId === sourceId || i.b.sourceId === sourceId);
let markers = 0;
/** A marker: a waiting user whose patient comes after what was done before, so once it is adopted the feed looked at all of it. */
async function settled() {
  const n = ++markers;
  const fam = ['Quennell', 'Ravensworth', 'Sallowby', 'Thistlewood', 'Umberleigh', 'Vexworthy', 'Wolverbury'][n];
  await clerk('user.created', user(`user_MARK${n}`, 'Marigold', fam, `marigold.${fam.toLowerCase()}@fastmail.com`));
  const p = await profile({ givenName: 'Marigold', familyName: fam, birthDate: '1950-01-0' + (n % 9 + 1), sexAtBirth: 'female', email: `marigold.${fam.toLowerCase()}@fastmail.com` });
  await adoptedBy(`user_MARK${n}`);
  return p;
}


const patientOf = async (value: string) => (await resolveId('clerk', value).catch((e) => e as DomainException));

describe('adoption, second review (issue 13)', () => {
  it('a waiting "Chris" on the family mailbox, refused adoption by Christine, is not linked to her when the partner sends him again', async () => {
    await clerk('user.created', user('user_CHRIS', 'Chris', 'Whitfield', 'thewhitfields@gmail.com'));
    await profile({ givenName: 'Christine', familyName: 'Whitfield', birthDate: '1972-04-03', sexAtBirth: 'female', email: 'thewhitfields@gmail.com', phone: '+1 978 555 0101' });
    await until('item', async () => (await itemsOf('user_CHRIS')).length > 0 || undefined);
    await clerk('user.updated', user('user_CHRIS', 'Chris', 'Whitfield', 'thewhitfields@gmail.com'));
    expect(await unresolved('user_CHRIS')).toBe('NOT_FOUND');
    expect(await itemsOf('user_CHRIS')).toHaveLength(1);
  });

  it('a reviewer rejected "Chris" for Christine: after her own "Chris" account joins her, his re-sent account is still not hers, and nothing is asked again', async () => {
    await clerk('user.created', user('user_CHRIS5', 'Chris', 'Lindqvist', 'thelindqvists@gmail.com'));
    const christine = await profile({ givenName: 'Christine', familyName: 'Lindqvist', birthDate: '1972-04-03', sexAtBirth: 'female', email: 'thelindqvists@gmail.com', phone: '+1 978 555 0109' });
    const item = await until('item', async () => (await itemsOf('user_CHRIS5'))[0]);
    await suite.rpc.request(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'reject', reason: 'her husband' } }, admin);
    await clerk('user.created', { ...user('user_CHRIS5_OWN', 'Chris', 'Lindqvist', 'thelindqvists@gmail.com'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+19785550109' }] });
    expect(await patientOf('user_CHRIS5_OWN')).toEqual(expect.objectContaining({ patientId: christine.id }));
    await settled();
    expect(await unresolved('user_CHRIS5')).toBe('NOT_FOUND');
    await clerk('user.updated', user('user_CHRIS5', 'Chris', 'Lindqvist', 'thelindqvists@gmail.com'));
    expect(await unresolved('user_CHRIS5')).toBe('NOT_FOUND');
    expect(await itemsOf('user_CHRIS5')).toHaveLength(0);
  });

  it('one open question per record and patient: "Pat" waits on Patricia once, also after Patricia\'s own "Pat" account joined her', async () => {
    await clerk('user.created', user('user_PAT', 'Pat', 'Okonkwo', 'theokonkwos@gmail.com'));
    const patricia = await profile({ givenName: 'Patricia', familyName: 'Okonkwo', birthDate: '1961-11-20', sexAtBirth: 'female', email: 'theokonkwos@gmail.com', phone: '+1 937 555 0144' });
    await until('item', async () => (await itemsOf('user_PAT')).length > 0 || undefined);
    await clerk('user.created', { ...user('user_PAT_OWN', 'Pat', 'Okonkwo', 'theokonkwos@gmail.com'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+19375550144' }] });
    expect(await patientOf('user_PAT_OWN')).toEqual(expect.objectContaining({ patientId: patricia.id }));
    await settled();
    await clerk('user.updated', user('user_PAT', 'Pat', 'Okonkwo', 'theokonkwos@gmail.com'));
    const items = await itemsOf('user_PAT');
    expect(items.filter((i) => i.b.patientId === patricia.id || i.a.patientId === patricia.id)).toHaveLength(1);
    expect(await unresolved('user_PAT')).toBe('NOT_FOUND');
  });

  it('a waiting account sent again and refused again (her birthday mistyped in the year) keeps waiting on its question: the webhook starts no second patient', async () => {
    await clerk('user.created', user('user_ROS', 'Rosalind', 'Featherby', 'thefeatherbys@gmail.com'));
    await profile({ givenName: 'Rosalind', familyName: 'Featherby', birthDate: '1958-02-14', sexAtBirth: 'female', email: 'thefeatherbys@gmail.com', phone: '+1 520 555 0133' });
    await settled();
    expect(await itemsOf('user_ROS')).toHaveLength(1);
    const receipt = await clerk('user.updated', {
      ...user('user_ROS', 'Rosalind', 'Featherby', 'thefeatherbys@gmail.com'), birthday: '1985-02-14',
      primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+15205550133' }],
    });
    expect(receipt.status).toBe('applied');
    expect(await unresolved('user_ROS')).toBe('NOT_FOUND');
    expect(await itemsOf('user_ROS')).toHaveLength(1);
  });

  it('a son "John Millbank" on jmillbank@ (no birth date) is not adopted by his father\'s profile on that mailbox: a person decides', async () => {
    await clerk('user.created', user('user_JMB', 'John', 'Millbank', 'jmillbank@gmail.com'));
    await profile({ givenName: 'John', familyName: 'Millbank', birthDate: '1960-08-10', sexAtBirth: 'male', email: 'jmillbank@gmail.com', phone: '+1 330 555 0171' });
    await settled();
    expect(await unresolved('user_JMB')).toBe('NOT_FOUND');
    expect(await itemsOf('user_JMB')).toHaveLength(1);
  });

  it('a Clerk account with no birth date, the full name and the home phone of a profile that comes later, is not adopted: a son of one name looks the same (identity8)', async () => {
    await clerk('user.created', { ...user('user_ANDERTON', 'Joshua', 'Anderton', 'jaytee@outlook.com'), primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: '+13518542971' }] });
    await profile({ givenName: 'Joshua', familyName: 'Anderton', birthDate: '1960-08-13', sexAtBirth: 'male', phone: '+1 351 854 2971' });
    await settled();
    expect(await unresolved('user_ANDERTON')).toBe('NOT_FOUND');
    expect(await itemsOf('user_ANDERTON')).toHaveLength(1);
  });
});
