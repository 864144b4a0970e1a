import type { ChainCheckpointedEvent } from '@pg/contracts';
import type { ChainSigner } from '../chain/chain-signer.js';
import type { AuditEventRepository } from './audit-event.repository.js';
import { ChainVerification, type VerificationState } from './chain-verification.js';

/**
 * The end check of a verification that reaches the head, against a chain that grows while it runs (a verify job over a
 * busy trail, 2026-12-01: a fresh-clone CI run reported a whole-chain job `truncated` when a batch and its checkpoint
 * committed between reading the head and looking for a checkpoint past it). The repository is a stand-in whose answers
 * are the two moments of that race; the end check's own queries are the real ones (audit-storage.integration.spec.ts
 * cuts rows from a real table and expects `truncated`).
 */
const checkpoint = (sequence: string, hash: string): ChainCheckpointedEvent =>
  ({ sequence, hash, signedAt: '2026-12-01T16:00:00.000Z', keyId: 'k1', signature: 'sig' }) as ChainCheckpointedEvent;

function verification(rows: Map<string, string>, headAtFirstRead: string, beyond: ChainCheckpointedEvent) {
  const events = {
    headSequence: async () => headAtFirstRead,
    checkpointAfter: async (sequence: string) => (BigInt(beyond.sequence) > BigInt(sequence) ? { ...beyond } : null),
    hashAt: async (sequence: string) => rows.get(sequence) ?? null,
    checkpointsNewestFirst: async () => [beyond],
    checkpointAtOrBefore: async () => null,
    storedBefore: async () => false,
  } as unknown as AuditEventRepository;
  const signer = { enabled: true, check: () => 'valid', knownKeyIds: ['k1'] } as unknown as ChainSigner;
  return new ChainVerification(events, signer, { checkpointEvery: 500, checkpointIntervalMs: 60_000, batchMax: 100 }, null);
}

const state = (toSeq: string): VerificationState => ({
  fromSeq: '1', toSeq, reachesHead: true, nextSeq: String(BigInt(toSeq) + 1n), prevHash: null, checked: Number(toSeq), verified: 1,
  last: { sequence: toSeq, hash: `h${toSeq}`, signedAt: '2026-12-01T16:00:00.000Z', keyId: 'k1', signature: 'sig' } as never,
  anchorConfirmed: false, problem: null, firstBadId: null, rowsDone: true,
});

describe('verify: a checkpoint past the head read a moment ago', () => {
  it('is the chain growing, not rows cut off, when its row is there now with the signed hash', async () => {
    const rows = new Map([['200', 'h200'], ['205', 'h205']]);
    const result = await verification(rows, '200', checkpoint('205', 'h205')).finish(state('200'));
    expect(result).toMatchObject({ valid: true, problem: null });
  });

  it('is rows cut off when its row is gone, or holds another hash', async () => {
    const gone = await verification(new Map([['200', 'h200']]), '200', checkpoint('205', 'h205')).finish(state('200'));
    expect(gone).toMatchObject({ valid: false, problem: 'truncated' });
    const rewritten = await verification(new Map([['200', 'h200'], ['205', 'forged']]), '200', checkpoint('205', 'h205')).finish(state('200'));
    expect(rewritten).toMatchObject({ valid: false, problem: 'truncated' });
  });
});
