/**
 * What `npm start` hands each app of the database credentials (issue 8, item 5): a service its own login role's URL
 * and nothing else, the gateway none; DATABASE_URL (the admin) stays with the launcher.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseEnvFor, withServiceDatabaseUrls } from '../../scripts/lib/db-roles.js';

const ADMIN = 'postgresql://root@127.0.0.1:5432/patient_graph';
const URLS = ['AUDIT_DATABASE_URL', 'IDENTITY_DATABASE_URL', 'PROFILES_DATABASE_URL', 'LABS_DATABASE_URL', 'TREATMENTS_DATABASE_URL'];
const dbKeys = (env: Record<string, string>) => Object.keys(env).filter((k) => k.endsWith('DATABASE_URL')).sort();

describe('the launcher gives each app its own database login', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pg-launcher-'));
  const env = withServiceDatabaseUrls({ DATABASE_URL: ADMIN, PATH: '/bin' }, dataDir);

  it('derives one login per service: its role, a password, the admin database', () => {
    const users = URLS.map((k) => new URL(env[k]!)).map((u) => [u.username, u.host, u.pathname, u.password.length > 20]);
    expect(users).toEqual([
      ['audit_writer', '127.0.0.1:5432', '/patient_graph', true],
      ['identity_app', '127.0.0.1:5432', '/patient_graph', true],
      ['profiles_app', '127.0.0.1:5432', '/patient_graph', true],
      ['labs_app', '127.0.0.1:5432', '/patient_graph', true],
      ['treatments_app', '127.0.0.1:5432', '/patient_graph', true],
    ]);
    expect(new Set(URLS.map((k) => new URL(env[k]!).password)).size).toBe(5);
    // A restart agrees with the roles made before (the secret is kept under .data/).
    expect(withServiceDatabaseUrls({ DATABASE_URL: ADMIN }, dataDir).PROFILES_DATABASE_URL).toBe(env.PROFILES_DATABASE_URL);
  });

  it('keeps a URL the environment sets', () => {
    const own = 'postgresql://profiles_app:given@db:5432/patient_graph';
    expect(withServiceDatabaseUrls({ DATABASE_URL: ADMIN, PROFILES_DATABASE_URL: own }, dataDir).PROFILES_DATABASE_URL).toBe(own);
  });

  it.each([
    ['audit-svc', ['AUDIT_DATABASE_URL']],
    ['profiles-svc', ['PROFILES_DATABASE_URL']],
    ['treatments-svc', ['TREATMENTS_DATABASE_URL']],
    ['gateway', []],
  ])('%s sees %j and no other database URL', (app, keys) => {
    const seen = databaseEnvFor(app, env);
    expect(dbKeys(seen)).toEqual(keys);
    expect(seen.PATH).toBe('/bin');
  });
});
