import { ConfigError, DEV_RIMO_WEBHOOK_SECRET, loadRimoSettings } from './index.js';

describe('treatments-svc config: the Rimo webhook secrets and its service principal', () => {
  const strong = 'whsec_' + 'a'.repeat(40);

  it('takes the current secret and, during a rotation, the previous one', () => {
    expect(loadRimoSettings({ RIMO_WEBHOOK_SECRET: strong })).toEqual({ webhookSecrets: [strong] });
    expect(loadRimoSettings({ RIMO_WEBHOOK_SECRET: strong, RIMO_WEBHOOK_SECRET_PREVIOUS: 'old-secret' }).webhookSecrets).toEqual([strong, 'old-secret']);
  });

  it('falls back to the development secret outside production, and requires a strong one in production', () => {
    expect(loadRimoSettings({}).webhookSecrets).toEqual([DEV_RIMO_WEBHOOK_SECRET]);
    expect(() => loadRimoSettings({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadRimoSettings({ NODE_ENV: 'production', RIMO_WEBHOOK_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadRimoSettings({ NODE_ENV: 'production', RIMO_WEBHOOK_SECRET: strong }).webhookSecrets).toEqual([strong]);
  });

  it('takes the service principal with its secret or a file holding it, never one without the other', () => {
    expect(loadRimoSettings({ TREATMENTS_SERVICE_SUBJECT: 'service:treatments-svc', TREATMENTS_SERVICE_SECRET: 'pgs_x' }).serviceCredential)
      .toEqual({ subject: 'service:treatments-svc', secret: 'pgs_x' });
    expect(loadRimoSettings({ TREATMENTS_SERVICE_SUBJECT: 'service:treatments-svc', TREATMENTS_SERVICE_SECRET_FILE: '/run/secrets/treatments' }).serviceCredential)
      .toEqual({ subject: 'service:treatments-svc', secretFile: '/run/secrets/treatments' });
    expect(() => loadRimoSettings({ TREATMENTS_SERVICE_SUBJECT: 'service:treatments-svc' })).toThrow(ConfigError);
    expect(() => loadRimoSettings({ TREATMENTS_SERVICE_SECRET: 'pgs_x' })).toThrow(ConfigError);
  });
});
