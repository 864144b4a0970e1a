import { createHash } from 'node:crypto';

/** Read by loadLabsServiceConfig only (this module is part of the one config loader). */
type Env = Record<string, string | undefined>;

class WearableConfigError extends Error {}

export type WearableSyncProvider = 'oura' | 'whoop' | 'dexcom';
export const WEARABLE_SYNC_PROVIDERS: readonly WearableSyncProvider[] = ['oura', 'whoop', 'dexcom'];

/** One vendor's OAuth 2.0 and API endpoints and this deployment's client registration with it. */
export interface WearableVendorSettings {
  /** `<VENDOR>_API_URL`: base of the data API (Oura `https://api.ouraring.com`, WHOOP `…/developer`, Dexcom `https://api.dexcom.com`). */
  apiUrl: string;
  /** `<VENDOR>_AUTH_URL`: where the browser is sent to consent. */
  authUrl: string;
  /** `<VENDOR>_TOKEN_URL`: code exchange and refresh. */
  tokenUrl: string;
  /** `<VENDOR>_REVOKE_URL`: revocation at disconnect; empty when the vendor documents none (Dexcom). */
  revokeUrl: string | null;
  /** `<VENDOR>_CLIENT_ID` / `<VENDOR>_CLIENT_SECRET`: empty → the provider cannot be connected. */
  clientId: string;
  clientSecret: string;
  /** `<VENDOR>_SCOPES`: space-separated. */
  scopes: string;
}

/** labs-svc's vendor connections and sync (docs/wearables.md, "Connections and sync"). */
export interface WearableSyncSettings {
  /**
   * WEARABLE_TOKEN_KEYS: `kid:base64key[,kid:base64key…]`, each key 32 bytes (AES-256-GCM). The first encrypts new
   * tokens; every listed key decrypts (rotation: put the new key first, keep the old one until re-encrypted).
   * Required in production; development and tests use a fixed key named `dev`.
   */
  tokenKeys: { current: string; keys: Readonly<Record<string, Buffer>> };
  /** WEARABLE_OAUTH_REDIRECT_BASE_URL: the gateway's public URL; the vendor redirects to `<it>/v1/wearables/oauth/<provider>/callback`. */
  redirectBaseUrl: string;
  /** WEARABLE_CONNECT_RETURN_URL: where the browser lands after the callback (`?provider=&status=`); empty → a JSON answer. */
  returnUrl: string | null;
  /** WEARABLE_OAUTH_STATE_TTL_SECONDS: how long a connect's state may be used (once). */
  stateTtlSeconds: number;
  /** WEARABLE_SYNC_INTERVAL_MS: how often each replica looks for due connections (0: never on its own; tests call syncDue). */
  syncIntervalMs: number;
  /** OURA_WEBHOOK_VERIFICATION_TOKEN: the token Oura echoes in its subscription challenge. */
  ouraWebhookVerificationToken: string | null;
  /** OURA_WEBHOOK_TOLERANCE_SECONDS: how far a webhook's `x-oura-timestamp` may be from now (default 300). */
  webhookToleranceSeconds: number;
  vendors: Readonly<Record<WearableSyncProvider, WearableVendorSettings>>;
}

const DEFAULTS: Record<WearableSyncProvider, Omit<WearableVendorSettings, 'clientId' | 'clientSecret'>> = {
  oura: {
    apiUrl: 'https://api.ouraring.com',
    authUrl: 'https://cloud.ouraring.com/oauth/authorize',
    tokenUrl: 'https://api.ouraring.com/oauth/token',
    revokeUrl: 'https://api.ouraring.com/oauth/revoke',
    scopes: 'personal daily heartrate workout session spo2',
  },
  whoop: {
    apiUrl: 'https://api.prod.whoop.com/developer',
    authUrl: 'https://api.prod.whoop.com/oauth/oauth2/auth',
    tokenUrl: 'https://api.prod.whoop.com/oauth/oauth2/token',
    revokeUrl: 'https://api.prod.whoop.com/developer/v2/user/access',
    scopes: 'offline read:cycles read:recovery read:sleep read:workout',
  },
  dexcom: {
    apiUrl: 'https://api.dexcom.com',
    authUrl: 'https://api.dexcom.com/v2/oauth2/login',
    tokenUrl: 'https://api.dexcom.com/v2/oauth2/token',
    revokeUrl: null,
    scopes: 'offline_access',
  },
};

function intOf(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new WearableConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

function urlOf(env: Env, name: string, fallback: string | null): string | null {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw === '') return null;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
  } catch {
    throw new WearableConfigError(`${name} must be an http(s) URL`);
  }
  return raw.replace(/\/+$/, '');
}

function tokenKeys(env: Env): WearableSyncSettings['tokenKeys'] {
  const raw = env.WEARABLE_TOKEN_KEYS;
  if (raw === undefined || raw.trim() === '') {
    if (env.NODE_ENV === 'production') throw new WearableConfigError('WEARABLE_TOKEN_KEYS is required in production: vendor tokens are encrypted with it');
    return { current: 'dev', keys: { dev: createHash('sha256').update('patient-graph dev-only wearable token key').digest() } };
  }
  const keys: Record<string, Buffer> = {};
  let current = '';
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    const kid = i > 0 ? part.slice(0, i) : '';
    const key = i > 0 ? Buffer.from(part.slice(i + 1), 'base64') : Buffer.alloc(0);
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(kid) || key.length !== 32) {
      throw new WearableConfigError('WEARABLE_TOKEN_KEYS must be kid:base64key pairs (kid [A-Za-z0-9_-], key 32 bytes), comma-separated');
    }
    if (keys[kid]) throw new WearableConfigError(`WEARABLE_TOKEN_KEYS names key ${kid} twice`);
    keys[kid] = key;
    current ||= kid;
  }
  if (!current) throw new WearableConfigError('WEARABLE_TOKEN_KEYS holds no key');
  return { current, keys };
}

export function loadWearableSyncSettings(env: Env): WearableSyncSettings {
  const vendors = {} as Record<WearableSyncProvider, WearableVendorSettings>;
  for (const p of WEARABLE_SYNC_PROVIDERS) {
    const up = p.toUpperCase();
    const d = DEFAULTS[p];
    vendors[p] = {
      apiUrl: urlOf(env, `${up}_API_URL`, d.apiUrl)!,
      authUrl: urlOf(env, `${up}_AUTH_URL`, d.authUrl)!,
      tokenUrl: urlOf(env, `${up}_TOKEN_URL`, d.tokenUrl)!,
      revokeUrl: urlOf(env, `${up}_REVOKE_URL`, d.revokeUrl),
      clientId: env[`${up}_CLIENT_ID`] ?? '',
      clientSecret: env[`${up}_CLIENT_SECRET`] ?? '',
      scopes: env[`${up}_SCOPES`] || d.scopes,
    };
    if (vendors[p].clientId && !vendors[p].clientSecret) throw new WearableConfigError(`${up}_CLIENT_SECRET is required when ${up}_CLIENT_ID is set`);
  }
  return {
    tokenKeys: tokenKeys(env),
    redirectBaseUrl: urlOf(env, 'WEARABLE_OAUTH_REDIRECT_BASE_URL', 'http://127.0.0.1:3000')!,
    returnUrl: urlOf(env, 'WEARABLE_CONNECT_RETURN_URL', null),
    stateTtlSeconds: intOf(env, 'WEARABLE_OAUTH_STATE_TTL_SECONDS', 600, 30),
    syncIntervalMs: intOf(env, 'WEARABLE_SYNC_INTERVAL_MS', 60_000, 0),
    ouraWebhookVerificationToken: env.OURA_WEBHOOK_VERIFICATION_TOKEN || null,
    webhookToleranceSeconds: intOf(env, 'OURA_WEBHOOK_TOLERANCE_SECONDS', 300, 1),
    vendors,
  };
}

export { WearableConfigError };
