import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadFhirImportSettings, loadIdentitiesSettings, loadRimoSettings, loadWearableSyncSettings } from '@pg/config';

/*
 * docker-compose.yml runs every app with NODE_ENV=production, where some settings have no development default. Each
 * app's environment, as compose gives it (anchors merged, `${VAR:-default}` and `${VAR:?message}` resolved against a
 * .env holding every variable the file asks for), must satisfy the loaders that refuse to start without them.
 */

const ROOT = new URL('../../', import.meta.url);
const DOT_ENV: Record<string, string> = {
  WEARABLE_TOKEN_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  RIMO_WEBHOOK_SECRET: 'r'.repeat(40),
};

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}` as compose resolves them; a required one missing throws. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => {
    const set = DOT_ENV[name];
    if (set) return set;
    if (op === '?') return `<required ${name}>`;
    return op === '-' ? arg ?? '' : '';
  });
}

function composeEnv(service: string): Record<string, string> {
  const doc = parse(readFileSync(new URL('docker-compose.yml', ROOT), 'utf8'), { merge: true }) as { services: Record<string, { environment: Record<string, unknown> }> };
  const env = doc.services[service]?.environment;
  if (!env) throw new Error(`docker-compose.yml has no environment for ${service}`);
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v ?? ''))]));
}

describe('docker-compose.yml gives each app what its production settings require', () => {
  it('gives identity-svc identifier and webhook settings its loader takes (all optional)', () => {
    expect(loadIdentitiesSettings(composeEnv('identity-svc')).systems).toEqual(['clerk', 'rimo', 'bigcommerce', 'stripe']);
  });

  it('runs the apps in production', () => {
    expect(composeEnv('treatments-svc').NODE_ENV).toBe('production');
    expect(composeEnv('labs-svc').NODE_ENV).toBe('production');
  });

  it('gives treatments-svc the Rimo webhook secret', () => {
    expect(loadRimoSettings(composeEnv('treatments-svc')).webhookSecrets).toEqual([DOT_ENV.RIMO_WEBHOOK_SECRET]);
  });

  it('gives profiles-svc its service principal for FHIR imports as a pair (subject and secret file) or not at all', () => {
    const env = composeEnv('profiles-svc');
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['PROFILES_SERVICE_SUBJECT', 'PROFILES_SERVICE_SECRET_FILE']));
    expect(() => loadFhirImportSettings(env)).not.toThrow();
  });

  it('gives labs-svc the keys that encrypt wearable vendor tokens', () => {
    expect(Object.keys(loadWearableSyncSettings(composeEnv('labs-svc')).tokenKeys.keys)).toEqual(['k1']);
  });
});
