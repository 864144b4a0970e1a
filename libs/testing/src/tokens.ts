import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';

export const DEV_ISSUER = 'patient-graph-dev';
export const DEV_AUDIENCE = 'patient-graph';
export const DEV_KID = 'dev';

export interface KeyFiles {
  privateKeyFile: string;
  publicKeyFile: string;
}

/** Writes an ES256 key pair as PEM files (once: existing files are kept), for development and tests. */
export async function ensureKeyPair(dir: string): Promise<KeyFiles> {
  const files = { privateKeyFile: join(dir, 'jwt-private.pem'), publicKeyFile: join(dir, 'jwt-public.pem') };
  if (existsSync(files.privateKeyFile) && existsSync(files.publicKeyFile)) return files;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  await mkdir(dirname(files.privateKeyFile), { recursive: true });
  await writeFile(files.privateKeyFile, await exportPKCS8(privateKey), { mode: 0o600 });
  await writeFile(files.publicKeyFile, await exportSPKI(publicKey));
  return files;
}

export interface MintOptions {
  sub: string;
  issuer?: string;
  audience?: string;
  /** Seconds until expiry (negative for an expired token). */
  ttlSeconds?: number;
  /** Not-before, seconds from now. */
  nbfSeconds?: number;
  kid?: string;
}

/** Signs tokens the way the identity provider would (ES256). */
export class TokenMinter {
  private constructor(private readonly key: CryptoKey) {}

  static async fromFile(privateKeyFile: string): Promise<TokenMinter> {
    return new TokenMinter(await importPKCS8(await readFile(privateKeyFile, 'utf8'), 'ES256'));
  }

  async mint(o: MintOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: o.kid ?? DEV_KID, typ: 'JWT' })
      .setSubject(o.sub)
      .setIssuer(o.issuer ?? DEV_ISSUER)
      .setAudience(o.audience ?? DEV_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + (o.ttlSeconds ?? 3600));
    if (o.nbfSeconds !== undefined) jwt.setNotBefore(now + o.nbfSeconds);
    return jwt.sign(this.key);
  }
}
