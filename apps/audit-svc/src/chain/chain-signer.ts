import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalJson } from './hash-chain.js';

/** What a checkpoint says: the chain had `hash` at `sequence` when it was signed at `signedAt`, by key `keyId`. */
export interface CheckpointClaim {
  sequence: string;
  hash: string;
  /** ISO instant, milliseconds, `Z`. */
  signedAt: string;
  keyId: string;
}

/** The bytes signed: the claim as canonical JSON, under a label that keeps them from meaning anything else. */
export function checkpointPayload(claim: CheckpointClaim): Buffer {
  return Buffer.from(`patient-graph/audit-chain-checkpoint/v1\n${canonicalJson(claim)}`, 'utf8');
}

/**
 * Signs chain checkpoints with an Ed25519 key read from a file (AUDIT_SIGNING_KEY_FILE): outside the database,
 * so whoever can rewrite the table cannot sign a head to match. Verification uses the public half; `keyId` is
 * the first 16 hex digits of sha256 over the public key (SPKI DER). Without a key, checkpoints are off.
 */
export class ChainSigner {
  readonly keyId: string | null;

  private constructor(
    private readonly privateKey: KeyObject | null,
    private readonly publicKey: KeyObject | null,
  ) {
    this.keyId = publicKey ? keyIdOf(publicKey) : null;
  }

  static fromFile(file: string | undefined): ChainSigner {
    if (!file) return new ChainSigner(null, null);
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(readFileSync(file));
    } catch (err) {
      throw new Error(`AUDIT_SIGNING_KEY_FILE ${file} is not a readable private key (${(err as NodeJS.ErrnoException).code ?? 'unparseable'})`);
    }
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`AUDIT_SIGNING_KEY_FILE ${file} must hold an Ed25519 key`);
    return new ChainSigner(privateKey, createPublicKey(privateKey));
  }

  get enabled(): boolean {
    return this.privateKey !== null;
  }

  /** The signature (base64) of a claim made now for `sequence` and `hash`. */
  sign(sequence: string, hash: string, now = new Date()): { claim: CheckpointClaim; signature: string } {
    if (!this.privateKey || !this.keyId) throw new Error('no signing key');
    const claim = { sequence, hash, signedAt: now.toISOString(), keyId: this.keyId };
    return { claim, signature: sign(null, checkpointPayload(claim), this.privateKey).toString('base64') };
  }

  /** True when `signature` is this key's signature of `claim` (a claim of another key is not trusted). */
  verify(claim: CheckpointClaim, signature: string): boolean {
    if (!this.publicKey || claim.keyId !== this.keyId || typeof signature !== 'string') return false;
    const { sequence, hash, signedAt, keyId } = claim;
    try {
      return verify(null, checkpointPayload({ sequence, hash, signedAt, keyId }), this.publicKey, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}
