import { DomainException, ErrorCode, LABS, PROFILES, type ConditionDto } from '@pg/contracts';
import { exportFhirPage, type FhirExportPosition, type OmittedFhirPart } from './compose.js';

const P = '7d1b3c9e-5a4f-4e21-9c6b-0f2a8d3e4b51';
const at = '2026-01-01T00:00:00.000Z';
const conditions: ConditionDto[] = Array.from({ length: 5 }, (_, i) => ({
  id: `c0a80101-0000-4000-8000-00000000000${i}`, patientId: P, code: { system: null, code: null, display: `condition ${i}` }, clinicalStatus: 'active',
  verificationStatus: null, onsetDate: null, abatementDate: null, note: null, version: 1, createdAt: at, updatedAt: at,
}));

/** A hand-written stand-in for the services: conditions in keyset pages, medications failing, everything else empty. */
async function services(pattern: string, payload: { query?: { limit?: number; cursor?: string } }): Promise<unknown> {
  if (pattern === PROFILES.patientGet) return { id: P, givenName: 'A', familyName: 'B', identifiers: [] };
  if (pattern === PROFILES.conditionList) {
    const start = Number(payload.query?.cursor ?? 0);
    const end = start + payload.query!.limit!;
    return { items: conditions.slice(start, end), nextCursor: end < conditions.length ? String(end) : null, limit: payload.query!.limit };
  }
  if (pattern === PROFILES.medicationList) throw new DomainException(ErrorCode.UNAVAILABLE, 'down');
  if (pattern === LABS.wearableSamples) return { metric: 'x', unit: null, bucket: '1d', buckets: [] };
  return { items: [], nextCursor: null, limit: 1 };
}

describe('exportFhirPage (paging over the parts)', () => {
  it('walks every part page by page: each resource once, pages of exactly _count, a failing part named where it failed', async () => {
    const seen: string[] = [];
    const omitted: OmittedFhirPart[] = [];
    const sizes: number[] = [];
    let from: FhirExportPosition | undefined;
    do {
      const page = await exportFhirPage(services, P, { count: 2, ...(from ? { from } : {}), today: '2026-01-10' });
      seen.push(...page.resources.map((r) => `${r.resourceType}/${r.id}`));
      omitted.push(...page.omitted);
      sizes.push(page.resources.length);
      from = page.next ?? undefined;
    } while (from);
    expect(seen).toEqual([`Patient/${P}`, ...conditions.map((c) => `Condition/${c.id}`)]);
    // Full pages until the last; the last may be empty (the walk learns the end by reaching it).
    expect(sizes.slice(0, 3)).toEqual([2, 2, 2]);
    expect(sizes.slice(3).every((n) => n === 0)).toBe(true);
    expect(omitted).toEqual([{ part: 'medications', reason: 'unavailable' }]);
  });

  it('a patient the services do not show is NOT_FOUND for the whole export', async () => {
    const hidden = async (pattern: string, payload: object) => {
      if (pattern === PROFILES.patientGet) throw DomainException.notFound('Patient', true);
      return services(pattern, payload as never);
    };
    await expect(exportFhirPage(hidden, P, { count: 10 })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it("names the parts the caller's role may never read on the first page, without asking for them", async () => {
    const asked: string[] = [];
    const page = await exportFhirPage(async (pattern, payload) => { asked.push(pattern); return services(pattern, payload as never); }, P, {
      count: 100, actor: { roles: ['coordinator'] as never, careTeam: [P] } as never, today: '2026-01-10',
    });
    expect(page.omitted.map((o) => o.part).sort()).toEqual(['check-ins', 'conditions', 'conversations', 'encounters', 'lab-reports', 'lab-results', 'medications', 'protocols', 'vital-signs', 'wearables']);
    expect(asked).not.toContain(PROFILES.conditionList);
  });
});
