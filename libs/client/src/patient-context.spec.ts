import { CONTEXT_PART_PATTERNS, DomainException, ErrorCode, LABS, PROFILES, TREATMENTS, type ActorContext, type ContextPart, type ContextPartsReply } from '@pg/contracts';
import { composePatientContext, dayIn } from './patient-context.js';

const P = '0b6f1c3e-5d2a-4b8e-9c1f-2a3b4c5d6e7f';
const clinician: Pick<ActorContext, 'roles' | 'careTeam'> = { roles: ['clinician'], careTeam: [P] };

/**
 * A caller answering each part from a table keyed by the part's own pattern (a thrown error is that part's answer):
 * a service's `contextRead` answers each part it is asked for as that table says (a part without an entry answers
 * UNAVAILABLE). It records the requests made.
 */
function caller(answers: Record<string, unknown>) {
  const asked: { pattern: string; payload: object }[] = [];
  const answer = (pattern: string) => {
    if (!(pattern in answers)) throw DomainException.unavailable('no responders');
    const a = answers[pattern];
    if (a instanceof Error) throw a;
    return a;
  };
  const call = async (pattern: string, payload: object) => {
    asked.push({ pattern, payload });
    if (pattern !== PROFILES.contextRead && pattern !== LABS.contextRead) return answer(pattern);
    const parts = (payload as { parts: ContextPart[] }).parts;
    const reply: ContextPartsReply = { patientId: P, parts: {} };
    for (const part of parts) {
      try {
        reply.parts[part] = { value: answer(CONTEXT_PART_PATTERNS[part]) };
      } catch (err) {
        reply.parts[part] = { error: (err as DomainException).toBody() };
      }
    }
    return reply;
  };
  return { call, asked };
}

describe('dayIn', () => {
  it.each([
    ['2026-11-29T12:00:00Z', 'UTC', '2026-11-29'],
    ['2026-11-29T12:00:00Z', 'Pacific/Kiritimati', '2026-11-30'],
    ['2026-11-29T03:00:00Z', 'America/Los_Angeles', '2026-11-28'],
    ['2026-11-29T12:00:00Z', 'Not/AZone', '2026-11-29'],
    ['2026-11-29T12:00:00Z', null, '2026-11-29'],
  ])('%s in %s is %s', (at, zone, day) => {
    expect(dayIn(new Date(at), zone)).toBe(day);
  });
});

describe('composePatientContext', () => {
  it('asks for the patient\'s day in their zone, 7 days of wearables ending that day, and keeps only the basics of the profile', async () => {
    const { call, asked } = caller({
      [PROFILES.patientGet]: { id: P, givenName: 'Ana', email: 'ana@example.org', phone: '+1', timeZone: 'Pacific/Kiritimati', birthDate: '1980-01-01' },
      [PROFILES.conditionList]: { items: [{ clinicalStatus: 'active' }, { clinicalStatus: 'resolved' }, { clinicalStatus: 'relapse' }], nextCursor: null, limit: 200 },
      [PROFILES.medicationList]: { items: [], nextCursor: null, limit: 200 },
      [PROFILES.conversationRecent]: { data: [{ role: 'patient', content: 'hi' }] },
      'labs.result.latest': { data: [{ biomarker: 'ferritin' }] },
      'labs.wearable.daily': new DomainException(ErrorCode.FORBIDDEN, 'no'),
    });
    const ctx = await composePatientContext(call, P, { actor: clinician, now: new Date('2026-11-29T12:00:00Z') });
    expect(ctx.date).toBe('2026-11-30');
    expect(ctx.profile).toEqual({ id: P, givenName: 'Ana', timeZone: 'Pacific/Kiritimati', birthDate: '1980-01-01' });
    expect(asked.find((a) => a.pattern === TREATMENTS.regimenGet)?.payload).toEqual({ patientId: P, date: '2026-11-30', timeZone: 'Pacific/Kiritimati' });
    expect(asked.find((a) => a.pattern === LABS.contextRead)?.payload).toEqual({ patientId: P, parts: ['biomarkers', 'wearables'], wearables: { from: '2026-11-24', to: '2026-11-30' } });
    // One request per service: profiles-svc's four parts, labs-svc's two, treatments-svc's one.
    expect(asked.map((a) => a.pattern).sort()).toEqual([LABS.contextRead, PROFILES.contextRead, TREATMENTS.regimenGet].sort());
    expect(ctx.conditions).toEqual([{ clinicalStatus: 'active' }, { clinicalStatus: 'relapse' }]);
    expect(ctx.biomarkers).toEqual([{ biomarker: 'ferritin' }]);
    expect(ctx.conversation).toEqual([{ role: 'patient', content: 'hi' }]);
    expect(ctx.omitted).toEqual([{ part: 'protocols', reason: 'unavailable' }, { part: 'wearables', reason: 'forbidden' }]);
  });

  it('does not ask for what the ability model refuses, and is NOT_FOUND as a whole when the profile is', async () => {
    const coordinator = { roles: ['coordinator' as const], careTeam: [P] };
    const { call, asked } = caller({ [PROFILES.patientGet]: { id: P, givenName: 'Ana' } });
    const ctx = await composePatientContext(call, P, { actor: coordinator });
    expect(asked).toEqual([{ pattern: PROFILES.contextRead, payload: { patientId: P, parts: ['profile'] } }]);
    expect(ctx.omitted.map((o) => o.reason)).toEqual(Array(6).fill('forbidden'));
    const missing = caller({ [PROFILES.patientGet]: DomainException.notFound('Patient', true) });
    await expect(composePatientContext(missing.call, P)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nothing of another service is asked for a patient the profile's owner does not show.
    expect(missing.asked.map((a) => a.pattern)).toEqual([PROFILES.contextRead]);
  });

  it('leaves out every part of a service that does not answer, and keeps the others', async () => {
    const { call } = caller({ [PROFILES.patientGet]: { id: P, givenName: 'Ana' }, [PROFILES.conditionList]: { items: [], nextCursor: null, limit: 200 } });
    const flaky = async (pattern: string, payload: object) => {
      if (pattern === LABS.contextRead) throw DomainException.unavailable('timeout');
      return call(pattern, payload);
    };
    const ctx = await composePatientContext(flaky, P, { actor: clinician, now: new Date('2026-11-29T12:00:00Z') });
    expect(ctx.profile).toEqual({ id: P, givenName: 'Ana' });
    expect(ctx.omitted).toEqual(expect.arrayContaining([{ part: 'biomarkers', reason: 'unavailable' }, { part: 'wearables', reason: 'unavailable' }]));
  });
});
