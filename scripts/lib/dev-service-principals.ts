/**
 * Development only (`npm start` without an identity provider of its own): the service principals the services log in
 * with to call each other, made by the dev admin once the system answers, their client secrets written to files under
 * .data/keys (mode 0600) that the services read when they first need a credential. Production creates these principals
 * through the API and mounts each secret into its own service (docs/identity.md).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError, PatientGraphClient } from '@pg/client';
import { DEFAULT_PROFILES_SERVICE_SUBJECT } from '@pg/config';

interface DevServicePrincipal {
  /** The env variables the service reads: the subject, and the file holding its secret. */
  subjectEnv: string;
  secretFileEnv: string;
  subject: string;
  displayName: string;
  scopes: string[];
}

/** treatments-svc resolves Rimo's patient ids at identity-svc, then profiles-svc (identities:read profiles:read); identity-svc creates patients (profiles:read profiles:write); profiles-svc writes imports' lab parts at labs-svc and their protocols at treatments-svc, and matches their patients at identity-svc. */
const DEV_SERVICE_PRINCIPALS: DevServicePrincipal[] = [
  { subjectEnv: 'TREATMENTS_SERVICE_SUBJECT', secretFileEnv: 'TREATMENTS_SERVICE_SECRET_FILE', subject: 'service:treatments-svc', displayName: 'treatments-svc', scopes: ['profiles:read', 'identities:read'] },
  // identity-svc's resolveIdentity creates a patient at profiles-svc and reads back its id (docs/identity.md).
  { subjectEnv: 'IDENTITY_SERVICE_SUBJECT', secretFileEnv: 'IDENTITY_SERVICE_SECRET_FILE', subject: 'service:identity-svc', displayName: 'identity-svc', scopes: ['profiles:read', 'profiles:write'] },
  // profiles-svc's FHIR import asks labs-svc to write the lab part and treatments-svc the protocols (`protocols:import`,
  // which only this subject's import may use: docs/rbac.md), on behalf of the imported patient, and identity-svc's
  // matcher who the bundle's patient is (`identities:import`, no patient yet) (docs/fhir.md).
  { subjectEnv: 'PROFILES_SERVICE_SUBJECT', secretFileEnv: 'PROFILES_SERVICE_SECRET_FILE', subject: DEFAULT_PROFILES_SERVICE_SUBJECT, displayName: 'profiles-svc', scopes: ['labs:write', 'wearables:write', 'protocols:import', 'identities:import'] },
];

/** Points each service at its subject and secret file, unless the operator set them. */
export function withDevServicePrincipals(env: Record<string, string>, dataDir: string): void {
  for (const p of DEV_SERVICE_PRINCIPALS) {
    if (env[p.subjectEnv]) continue;
    env[p.subjectEnv] = p.subject;
    env[p.secretFileEnv] = join(dataDir, 'keys', `${p.displayName}.secret`);
  }
}

/**
 * Creates each principal the launcher named (or gives an existing one this list's scopes and a new secret: the old
 * file's secret may belong to a database that is gone) and writes its secret. Returns lines for the launcher's log (no secrets).
 */
export async function provisionDevServicePrincipals(url: string, adminToken: string, env: Record<string, string>): Promise<string[]> {
  const admin = new PatientGraphClient(url, { token: adminToken });
  const lines: string[] = [];
  for (const p of DEV_SERVICE_PRINCIPALS) {
    if (env[p.subjectEnv] !== p.subject) continue;
    let secret: string | undefined;
    try {
      secret = (await admin.principals.create({ subject: p.subject, displayName: p.displayName, kind: 'service', roles: ['service'], scopes: p.scopes })).clientSecret;
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 409) throw err;
      const existing = await findBySubject(admin, p.subject);
      if (existing) {
        // The scopes as listed here (a principal made by an earlier version, before profiles-svc needed protocols:import).
        await admin.principals.update(existing, { scopes: p.scopes });
        secret = (await admin.principals.rotateSecret(existing)).clientSecret;
      }
    }
    if (!secret) {
      lines.push(`principals: could not provision ${p.subject}`);
      continue;
    }
    const file = env[p.secretFileEnv]!;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    chmodSync(file, 0o600);
    lines.push(`principals: ${p.subject} (${p.scopes.join(' ')}) ready, secret in ${file}`);
  }
  return lines;
}

async function findBySubject(admin: PatientGraphClient, subject: string): Promise<string | undefined> {
  let cursor: string | undefined;
  do {
    const page = await admin.principals.list({ role: 'service', limit: 100, ...(cursor ? { cursor } : {}) });
    const hit = page.data.find((p) => p.subject === subject);
    if (hit) return hit.id;
    cursor = page.meta.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}
