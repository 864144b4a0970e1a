import { IDENTITY, type DomainException, type ReviewItemDto } from '@pg/contracts';
import { publishedAuditEvents, rejection, until } from '@pg/testing';
import { admin, clerkUser, identityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13: a record a person links — a reviewer's accept, an admin's link of an identifier — brings the partner records
 * waiting on it, as a link automation makes does (adoption; docs/identity.md, "Adoption"). Before, they waited until
 * the patient's next change.
 */

const suite = identityWithProfiles('person-link-adopts');
const { clerk, profile, items } = suite;
const resolveClerk = (value: string) => suite.resolve('clerk', value);
const phone = (number: string) => ({ primary_phone_number_id: 'idn_2', phone_numbers: [{ id: 'idn_2', phone_number: number }] });
const adoptionsOf = async (patientId: string) => (await publishedAuditEvents(suite.nc, suite.world))
  .filter((e) => e.action === 'link' && e.reason === 'adoption' && e.resource.patientId === patientId && e.outcome === 'success');

/**
 * An old Clerk account with her home phone and her own mailbox, no birthday, is certain to her profile by the names and
 * the phone, but a phone is a household's too: a person is asked. Her shop login on the same mailbox (no phone) is near
 * only that account, which waits: it waits too.
 */
async function waitingPair(tag: string, given: string, nickname: string, family: string, number: string) {
  const mailbox = `${nickname.toLowerCase()}.${family.toLowerCase()}@gmail.com`;
  await clerk('user.created', { ...clerkUser(`user_${tag}_OLD`, nickname, family, mailbox), ...phone(number.replace(/[^+\d]/g, '')) });
  const patient = await profile({ givenName: given, familyName: family, birthDate: '1980-03-03', sexAtBirth: 'female', email: `${given[0]!.toLowerCase()}.${family.toLowerCase()}@work.example`, phone: number });
  const item = await until('the question on the old account', async () =>
    (await items()).find((i) => i.a.sourceId === `user_${tag}_OLD` || i.b.sourceId === `user_${tag}_OLD`));
  await clerk('user.created', clerkUser(`user_${tag}_SHOP`, nickname, family, mailbox));
  await suite.settle();
  expect((await rejection<DomainException>(resolveClerk(`user_${tag}_SHOP`))).code).toBe('NOT_FOUND');
  expect((await rejection<DomainException>(resolveClerk(`user_${tag}_OLD`))).code).toBe('NOT_FOUND');
  return { patient, item };
}

describe('a person\'s link brings the records waiting on it (adoption)', () => {
  it('a reviewer accepts the old account: the shop login on her own mailbox joins her too, audited as an adoption', async () => {
    const { patient, item } = await waitingPair('LIZ', 'Elizabeth', 'Liz', 'Hartwell', '+1 503 555 0190');
    await suite.rpc.request<ReviewItemDto>(IDENTITY.reviewDecide, { id: item.id, body: { decision: 'accept', reason: 'her old account, she says' } }, admin);

    await expect(resolveClerk('user_LIZ_OLD')).resolves.toEqual({ patientId: patient.id });
    await expect(resolveClerk('user_LIZ_SHOP')).resolves.toEqual({ patientId: patient.id });
    expect(await adoptionsOf(patient.id)).toHaveLength(1);
  });

  it('an admin links the old account to her: the shop login joins her too', async () => {
    const { patient } = await waitingPair('BEA', 'Beatrice', 'Bea', 'Lindqvist', '+1 503 555 0177');
    await suite.rpc.request(IDENTITY.identityLink, { patientId: patient.id, body: { system: 'clerk', value: 'user_BEA_OLD' } }, admin);

    await expect(resolveClerk('user_BEA_OLD')).resolves.toEqual({ patientId: patient.id });
    await expect(resolveClerk('user_BEA_SHOP')).resolves.toEqual({ patientId: patient.id });
    expect(await adoptionsOf(patient.id)).toHaveLength(1);
  });
});
