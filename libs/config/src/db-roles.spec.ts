import { ConfigError, loadServiceConfig, loadServiceDbRoles } from './index.js';

const ADMIN = 'postgresql://admin:secret@db.internal:5432/patient_graph';

describe('each service its own database roles (configuration)', () => {
  it('derives the roles from the schema and logs the service in as its role on the admin URL without the admin password', () => {
    expect(loadServiceDbRoles('profiles', 'read-write', { DATABASE_URL: ADMIN })).toEqual({
      schema: 'profiles',
      adminUrl: ADMIN,
      ownerRole: 'profiles_owner',
      appRole: 'profiles_app',
      appUrl: 'postgresql://profiles_app@db.internal:5432/patient_graph',
      access: 'read-write',
    });
    expect(loadServiceDbRoles('audit', 'append-only', { DATABASE_URL: ADMIN, AUDIT_DB_SCHEMA: 'audit_t1' })).toMatchObject({
      schema: 'audit_t1',
      ownerRole: 'audit_t1_owner',
      appRole: 'audit_t1_writer',
      appUrl: 'postgresql://audit_t1_writer@db.internal:5432/patient_graph',
    });
  });

  it('takes the role and its password from <SCHEMA>_DATABASE_URL when set', () => {
    const env = { DATABASE_URL: ADMIN, LABS_DATABASE_URL: 'postgresql://labs_app:p%40ss@db.internal:5432/patient_graph' };
    expect(loadServiceDbRoles('labs', 'read-write', env)).toMatchObject({ appRole: 'labs_app', appPassword: 'p@ss', appUrl: env.LABS_DATABASE_URL });
  });

  it("refuses a service URL that logs in as the admin, and in production a service without its own URL", () => {
    expect(() => loadServiceDbRoles('labs', 'read-write', { DATABASE_URL: ADMIN, LABS_DATABASE_URL: ADMIN })).toThrow(ConfigError);
    expect(() => loadServiceConfig('labs', { NODE_ENV: 'production', DATABASE_URL: ADMIN })).toThrow(
      'LABS_DATABASE_URL is required in production: the service logs in as its own database role',
    );
  });
});
