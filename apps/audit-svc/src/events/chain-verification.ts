import { Inject, Injectable } from '@nestjs/common';
import { DomainException, type ChainCheckpointDto, type ChainCheckpointedEvent, type VerifyChainResultDto, type VerifyProblem } from '@pg/contracts';
import { ChainSigner, type SignatureVerdict } from '../chain/chain-signer.js';
import { CheckpointAnchor } from '../chain/checkpoint-anchor.js';
import { canonicalJson, chainHash, GENESIS_HASH } from '../chain/hash-chain.js';
import { AUDIT_SETTINGS, type AuditSettings } from '../ingest/audit-chain.writer.js';
import { BATCH_MAX } from '../ingest/audit-stream.consumer.js';
import { AuditEventRepository, type CheckpointRow } from './audit-event.repository.js';

/** Rows verification reads per query: memory stays flat however long the slice is. */
export const VERIFY_CHUNK = 2000n;
/** Slack on top of twice the checkpoint interval before an unsigned tail counts as a removed checkpoint. */
const CHECKPOINT_GRACE_MS = 30_000;

/**
 * Where a verification stands: plain JSON-able data, so a job can persist it between chunks and go on from it
 * after a restart. Sequences are decimal strings (bigints).
 */
export interface VerificationState {
  /** The slice, inclusive. */
  fromSeq: string;
  toSeq: string;
  /** True when `toSeq` was the chain's head when the slice was chosen: the tail checks apply. */
  reachesHead: boolean;
  /** The next sequence to read, and the hash the row there must name as its predecessor (null: the row before the slice is missing). */
  nextSeq: string;
  prevHash: string | null;
  checked: number;
  verified: number;
  last: CheckpointRow | null;
  anchorConfirmed: boolean;
  problem: VerifyProblem | null;
  firstBadId: string | null;
  /** All rows read (or a problem found); `finish` not run yet. */
  rowsDone: boolean;
}

export interface VerificationLimits {
  checkpointEvery: number;
  checkpointIntervalMs: number;
  /** Most events the writer appends in one batch (the unsigned tail may exceed `checkpointEvery` by that). */
  batchMax: number;
}

const signatureProblem = (v: Exclude<SignatureVerdict, 'valid'>): VerifyProblem => (v === 'unknown-key' ? 'checkpoint-key-unknown' : 'checkpoint-signature');
const claimOf = (c: ChainCheckpointDto): ChainCheckpointDto => ({ sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId });

/**
 * Verifies one slice of the chain (`fromSeq`..`toSeq`): every link inside it, and the link into it from the row
 * before (whose hash the slice's first row must name). Reads `VERIFY_CHUNK` rows per query with a sequence cursor.
 * Every checkpoint met inside the slice is checked (signature with the key its `keyId` names, and the row's hash),
 * and so is the latest published one if it falls inside. When the slice reaches the head, the end is checked too:
 * a signed checkpoint past the head (rows cut off), or a tail left unsigned longer than the writer ever leaves it
 * (checkpoints removed).
 */
export class ChainVerification {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly signer: ChainSigner,
    private readonly limits: VerificationLimits,
    /** The latest checkpoint published outside the database (null: none, or signing is off). */
    private readonly anchor: ChainCheckpointedEvent | null,
  ) {}

  /** The state to start `fromSeq`..`toSeq` from. */
  async begin(fromSeq: bigint, toSeq: bigint, reachesHead: boolean): Promise<VerificationState> {
    const prevHash = fromSeq === 1n ? GENESIS_HASH : await this.events.hashAt(String(fromSeq - 1n));
    return {
      fromSeq: String(fromSeq), toSeq: String(toSeq), reachesHead, nextSeq: String(fromSeq), prevHash,
      checked: 0, verified: 0, last: null, anchorConfirmed: false, problem: null, firstBadId: null, rowsDone: toSeq < fromSeq,
    };
  }

  /** Verifies up to `maxRows` more rows of the slice, updating `state`. */
  async step(state: VerificationState, maxRows: bigint): Promise<void> {
    if (state.rowsDone) return;
    const signing = this.signer.enabled;
    const toSeq = BigInt(state.toSeq);
    const stopAt = BigInt(state.nextSeq) - 1n + maxRows < toSeq ? BigInt(state.nextSeq) - 1n + maxRows : toSeq;
    const fail = (problem: VerifyProblem, id: string | null) => {
      state.problem = problem;
      state.firstBadId = id;
      state.rowsDone = true;
    };
    while (BigInt(state.nextSeq) <= stopAt) {
      const after = BigInt(state.nextSeq) - 1n;
      const through = after + VERIFY_CHUNK < stopAt ? after + VERIFY_CHUNK : stopAt;
      const rows = await this.events.chainRange(String(after), String(through));
      const checkpoints = signing || this.signer.knownKeyIds.length
        ? new Map((await this.events.checkpointsBetween(String(after), String(through))).map((c) => [c.sequence, c]))
        : new Map<string, CheckpointRow>();
      if (!rows.length) {
        // Nothing where rows must be: removed. Reported at the next row that exists, if any.
        const next = await this.events.chainRange(String(through), state.toSeq);
        return fail('sequence', next[0]?.id ?? null);
      }
      for (const row of rows) {
        state.checked++;
        const problem: VerifyProblem | null =
          row.sequence !== state.nextSeq ? 'sequence'
          : state.prevHash === null ? 'sequence'
          : row.prevHash !== state.prevHash ? 'prev-hash'
          : row.hash !== chainHash(row.prevHash, canonicalJson(JSON.parse(row.event))) ? 'hash'
          : row.columnsDisagree ? 'columns'
          : null;
        if (problem) return fail(problem, row.id);
        const checkpoint = checkpoints.get(row.sequence);
        if (checkpoint) {
          const verdict = this.signer.check(checkpoint, checkpoint.signature);
          if (verdict !== 'valid') return fail(signatureProblem(verdict), row.id);
          if (checkpoint.hash !== row.hash) return fail('checkpoint-mismatch', row.id);
          state.verified++;
          state.last = checkpoint;
        }
        if (this.anchor && row.sequence === this.anchor.sequence) {
          const verdict = this.signer.check(this.anchor, this.anchor.signature);
          if (verdict !== 'valid') return fail(signatureProblem(verdict), row.id);
          if (this.anchor.hash !== row.hash) return fail('checkpoint-mismatch', row.id);
          state.anchorConfirmed = true;
        }
        state.prevHash = row.hash;
        state.nextSeq = String(BigInt(row.sequence) + 1n);
      }
      if (BigInt(state.nextSeq) <= through) {
        // Fewer rows than sequences: the rows after the last one read are missing.
        const next = await this.events.chainRange(String(BigInt(state.nextSeq) - 1n), state.toSeq);
        return fail('sequence', next[0]?.id ?? null);
      }
    }
    if (BigInt(state.nextSeq) > toSeq) state.rowsDone = true;
  }

  /** The end checks (when the slice reaches the head), then the result. `state.rowsDone` must be true. */
  async finish(state: VerificationState): Promise<VerifyChainResultDto> {
    const signing = this.signer.enabled;
    const toSeq = BigInt(state.toSeq);
    const fromSeq = BigInt(state.fromSeq);
    const signedThrough = () => {
      const inTable = state.last ? BigInt(state.last.sequence) : 0n;
      const published = state.anchorConfirmed && this.anchor ? BigInt(this.anchor.sequence) : 0n;
      return inTable > published ? inTable : published;
    };
    if (!state.problem && signing && state.reachesHead && toSeq >= fromSeq) {
      const end = await this.endProblem(state, signedThrough());
      if (end) state.problem = end;
    }
    const covered = signedThrough() > fromSeq - 1n ? signedThrough() : fromSeq - 1n;
    return {
      valid: state.problem === null,
      range: toSeq >= fromSeq ? { fromSeq: state.fromSeq, toSeq: state.toSeq } : null,
      checked: state.checked,
      firstBadId: state.firstBadId,
      problem: state.problem,
      checkpoints: {
        signing,
        keyIds: this.signer.knownKeyIds,
        verified: state.verified,
        last: state.last ? claimOf(state.last) : null,
        published: this.anchor ? claimOf(this.anchor) : null,
        unsignedTail: toSeq > covered ? Number(toSeq - covered) : 0,
      },
    };
  }

  /** Rows cut from the end, or checkpoints removed from the tail. */
  private async endProblem(state: VerificationState, signedThrough: bigint): Promise<VerifyProblem | null> {
    const toSeq = BigInt(state.toSeq);
    const head = BigInt(await this.events.headSequence());
    const beyond = this.anchor && BigInt(this.anchor.sequence) > head ? this.anchor : await this.events.checkpointAfter(String(head));
    // A checkpoint past the head read a moment ago is rows cut off — unless the chain grew in between (a batch and its
    // checkpoint committed after the head was read: a job over a busy trail): then its row is there now with the hash
    // the checkpoint signed.
    if (beyond && (await this.events.hashAt(beyond.sequence)) !== beyond.hash) {
      const verdict = this.signer.check(beyond, beyond.signature);
      return verdict === 'valid' ? 'truncated' : signatureProblem(verdict);
    }
    // The chain grew since the slice was chosen (a job): a valid checkpoint after it signs the tail the slice ends with.
    if (head > toSeq) {
      const later = await this.events.checkpointsNewestFirst(state.toSeq, String(head), 1);
      if (later[0] && this.signer.check(later[0], later[0].signature) === 'valid') return null;
    }
    // A slice that starts late may begin after the last checkpoint: the one before it counts if its signature holds.
    let through = signedThrough;
    if (through === 0n) {
      const before = await this.events.checkpointAtOrBefore(state.toSeq);
      if (before && this.signer.check(before, before.signature) === 'valid') through = BigInt(before.sequence);
    }
    if (toSeq <= through) return null;
    const tooMany = toSeq - through >= BigInt(this.limits.checkpointEvery + this.limits.batchMax);
    const tooOld = await this.events.storedBefore(String(through), state.toSeq, 2 * this.limits.checkpointIntervalMs + CHECKPOINT_GRACE_MS);
    return tooMany || tooOld ? 'checkpoint-missing' : null;
  }
}

/** Makes verifications bound to the latest published checkpoint, for the verify handler and the job runner. */
@Injectable()
export class ChainVerifications {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly signer: ChainSigner,
    private readonly anchors: CheckpointAnchor,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  /** A verifier bound to the latest published checkpoint, read now: without it the trail cannot be vouched for. */
  async create(): Promise<ChainVerification> {
    let anchor: ChainCheckpointedEvent | null = null;
    if (this.signer.enabled) {
      try {
        anchor = await this.anchors.latest();
      } catch {
        throw DomainException.unavailable('The published chain checkpoints cannot be read; the trail cannot be verified now');
      }
    }
    const limits = { checkpointEvery: this.settings.checkpointEvery, checkpointIntervalMs: this.settings.checkpointIntervalMs, batchMax: BATCH_MAX };
    return new ChainVerification(this.events, this.signer, limits, anchor);
  }
}
