import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** What a checkpoint's signature comes to: valid, not valid for the key it names, or a key nobody here knows. */
export type SignatureVerdict = 'valid' | 'bad-signature' | 'unknown-key';

/**
 * Signs chain checkpoints with an Ed25519 key read from a file (AUDIT_SIGNING_KEY_FILE): outside the database,
 * so whoever can rewrite the table cannot sign a head to match. Verification uses public keys; `keyId` is the
 * first 16 hex digits of sha256 over the public key (SPKI DER), and every checkpoint carries the one it was signed
 * with. Keys rotate: the retired keys' public halves (AUDIT_VERIFY_KEYS_DIR, one PEM file each) stay known, so
 * checkpoints signed before a rotation still verify; a checkpoint naming a key that is not known is reported.
 * Without a signing key, checkpoints are off.
 */
export class ChainSigner {
  readonly keyId: string | null;
  /** Every public key verification accepts, by key id: the signing key's and the retired ones. */
  private readonly publicKeys: ReadonlyMap<string, KeyObject>;

  private constructor(
    private readonly privateKey: KeyObject | null,
    publicKey: KeyObject | null,
    retired: readonly KeyObject[] = [],
  ) {
    this.keyId = publicKey ? keyIdOf(publicKey) : null;
    const keys = new Map<string, KeyObject>(retired.map((k) => [keyIdOf(k), k]));
    if (publicKey) keys.set(keyIdOf(publicKey), publicKey);
    this.publicKeys = keys;
  }

  static fromFile(file: string | undefined, verifyKeysDir?: string): ChainSigner {
    const retired = verifyKeysDir ? readPublicKeys(verifyKeysDir) : [];
    if (!file) return new ChainSigner(null, null, retired);
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey(readFileSync(file));
    } catch (err) {
      throw new Error(`AUDIT_SIGNING_KEY_FILE ${file} is not a readable private key (${(err as NodeJS.ErrnoException).code ?? 'unparseable'})`);
    }
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`AUDIT_SIGNING_KEY_FILE ${file} must hold an Ed25519 key`);
    return new ChainSigner(privateKey, createPublicKey(privateKey), retired);
  }

  get enabled(): boolean {
    return this.privateKey !== null;
  }

  /** The key ids whose checkpoints verification accepts, sorted. */
  get knownKeyIds(): string[] {
    return [...this.publicKeys.keys()].sort();
  }

  /** The signature (base64) of a claim made now for `sequence` and `hash`. */
  sign(sequence: string, hash: string, now = new Date()): { claim: CheckpointClaim; signature: string } {
    if (!this.privateKey || !this.keyId) throw new Error('no signing key');
    const claim = { sequence, hash, signedAt: now.toISOString(), keyId: this.keyId };
    return { claim, signature: sign(null, checkpointPayload(claim), this.privateKey).toString('base64') };
  }

  /** Whether `signature` is, for `claim`, the signature of the known key the claim names. */
  check(claim: CheckpointClaim, signature: string): SignatureVerdict {
    const key = typeof claim.keyId === 'string' ? this.publicKeys.get(claim.keyId) : undefined;
    if (!key) return 'unknown-key';
    if (typeof signature !== 'string') return 'bad-signature';
    const { sequence, hash, signedAt, keyId } = claim;
    try {
      return verify(null, checkpointPayload({ sequence, hash, signedAt, keyId }), key, Buffer.from(signature, 'base64')) ? 'valid' : 'bad-signature';
    } catch {
      return 'bad-signature';
    }
  }

  /** True when `signature` is a known key's signature of `claim`. */
  verify(claim: CheckpointClaim, signature: string): boolean {
    return this.check(claim, signature) === 'valid';
  }
}

/** The public keys of every PEM file in `dir` (a public key, or a private key whose public half is taken). */
function readPublicKeys(dir: string): KeyObject[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pem')).sort();
  } catch (err) {
    throw new Error(`AUDIT_VERIFY_KEYS_DIR ${dir} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return names.map((name) => {
    const pem = readFileSync(join(dir, name));
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch {
      throw new Error(`AUDIT_VERIFY_KEYS_DIR: ${name} is not a PEM key`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`AUDIT_VERIFY_KEYS_DIR: ${name} is not an Ed25519 key`);
    return key;
  });
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}
