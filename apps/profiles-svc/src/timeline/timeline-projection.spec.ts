import { entryIdOf, projectEvent } from './timeline-projection.js';

const P = '0b6f1c3e-5d2a-4b8e-9c1f-2a3b4c5d6e7f';
const R = '1c7a2d4f-6e3b-4c9f-8d2a-3b4c5d6e7f80';
const M = '2d8b3e5a-7f4c-4dab-9e3b-4c5d6e7f8091';
const env = (name: string) => ({ name, key: `${name}:id:evt-1`, publishedAt: '2026-11-29T10:00:00.000Z' });

describe('projectEvent', () => {
  it.each([
    ['an unknown name', 'labs.result.recorded', { resultId: R, patientId: P, occurredAt: '2026-11-29T09:00:00Z' }],
    ['no patient', 'labs.report.parsed', { reportId: R, occurredAt: '2026-11-29T09:00:00Z' }],
    ['no source id', 'labs.report.parsed', { patientId: P, occurredAt: '2026-11-29T09:00:00Z' }],
    ['an instant without offset', 'labs.report.parsed', { reportId: R, patientId: P, occurredAt: '2026-11-29T09:00:00' }],
    ['a body that is not an object', 'labs.report.parsed', ['x']],
    ['a merge without survivor', 'identity.patient.merged', { mergedId: M, occurredAt: '2026-11-29T09:00:00Z' }],
    ['a name from Object.prototype', 'constructor', { patientId: P, occurredAt: '2026-11-29T09:00:00Z' }],
  ])('makes no entry for %s', (_what, name, body) => {
    expect(projectEvent(env(name), body)).toEqual([]);
  });

  it('keeps codes and counts in the summary and drops free text, objects and non-finite numbers', () => {
    const [e] = projectEvent(env('labs.result.out-of-range'), {
      resultId: R, reportId: 'not a uuid but a code', patientId: P, biomarkerKey: { value: 412 }, status: 'critical-high', occurredAt: '2026-11-29T10:30:00+01:00', value: 412,
    });
    expect(e).toEqual({
      id: entryIdOf('labs.result.out-of-range:id:evt-1'), patientId: P, type: 'lab-result-out-of-range', occurredAt: '2026-11-29T09:30:00.000Z',
      sourceService: 'labs-svc', sourceKind: 'lab-result', sourceId: R, summary: { status: 'critical-high' },
      eventName: 'labs.result.out-of-range', eventKey: 'labs.result.out-of-range:id:evt-1', recordedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it('puts a merge on both patients, under two keys', () => {
    const entries = projectEvent(env('identity.patient.merged'), { survivorId: P, mergedId: M, occurredAt: '2026-11-29T09:00:00Z' });
    expect(entries.map((e) => [e.patientId, e.eventKey])).toEqual([[P, 'identity.patient.merged:id:evt-1'], [M, 'identity.patient.merged:id:evt-1#merged']]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('keys a check-in by the check-in, not by the event: a second recording makes the same entry', () => {
    const body = { checkInId: R, patientId: P, date: '2026-11-29', occurredAt: '2026-11-29T07:00:00Z' };
    const [first] = projectEvent({ ...env('profiles.checkin.recorded'), key: 'profiles.checkin.recorded:id:evt-1' }, body);
    const [again] = projectEvent({ ...env('profiles.checkin.recorded'), key: 'profiles.checkin.recorded:id:evt-2' }, { ...body, occurredAt: '2026-11-29T21:00:00Z' });
    expect(first).toMatchObject({ type: 'check-in', sourceKind: 'check-in', sourceId: R, summary: { date: '2026-11-29' }, eventKey: `profiles.checkin.recorded:source:${R}` });
    expect([again!.id, again!.eventKey]).toEqual([first!.id, first!.eventKey]);
  });

  it('derives the same uuid from the same key, and another from another key', () => {
    expect(entryIdOf('a')).toBe(entryIdOf('a'));
    expect(entryIdOf('a')).not.toBe(entryIdOf('b'));
    expect(entryIdOf('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
