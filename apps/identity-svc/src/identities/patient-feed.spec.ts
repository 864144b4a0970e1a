import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MikroORM } from '@mikro-orm/postgresql';
import { auditWithUnit, AuditNotAcknowledged, type AuditCorrections, type AuditEventInput, type AuditPublisher } from '@pg/audit';
import { PATIENT_EVENTS, type AuditEvent } from '@pg/contracts';
import type { NatsNamespace } from '@pg/messaging';
import type { IngestService } from './ingest.service.js';
import type { PatientCreator } from './patient-creator.js';
import { PatientFeed } from './patient-feed.js';

/*
 * The patient feed's transaction is an audited unit (docs/identity.md, "Adoption"): the audit events of what adoption
 * did in it (its links, the automatic merges they start) are acknowledged by the audit stream before it commits, as a
 * request's are; unacknowledged, nothing commits (the event comes again); acknowledged and then not committed, each is
 * corrected. The database, profiles-svc and the stream are stand-ins; the order of what happened is the assertion.
 */
describe('patient feed: adoption\'s audit events are committed with the feed\'s transaction', () => {
  const link: AuditEventInput = { action: 'link', outcome: 'success', reason: 'adoption' } as AuditEventInput;

  function feed(opts: { ack?: 'ok' | 'refused'; commit?: 'ok' | 'fails' } = {}) {
    const log: string[] = [];
    const em: Record<string, unknown> = {
      name: 'default',
      config: { get: () => 'public' },
      execute: async (sql: string) => (sql.trimStart().startsWith('insert') ? [{ id: 'record-1' }] : []),
      transactional: async <T>(work: (em: unknown) => Promise<T>) => {
        const out = await work(em);
        if (opts.commit === 'fails') {
          log.push('rollback');
          throw new Error('commit failed');
        }
        log.push('commit');
        return out;
      },
    };
    em.fork = () => em;
    const orm = { em } as unknown as MikroORM;
    const profiles = { configured: true, read: async () => ({ id: 'p1', givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', identifiers: [] }) } as unknown as PatientCreator;
    const ingest = {
      adopt: async () => [link],
      // IngestService.publish: with the unit when there is one, else at once.
      publish: async (events: AuditEventInput[]) => {
        if (!auditWithUnit(...events)) log.push('published outside the transaction');
      },
    } as unknown as IngestService;
    const stored = [{ id: 'e1' } as AuditEvent];
    const audit = {
      publishAll: async () => {
        if (opts.ack === 'refused') {
          log.push('not acknowledged');
          throw new AuditNotAcknowledged(stored);
        }
        log.push('acknowledged');
        return stored;
      },
    } as unknown as AuditPublisher;
    const corrections = { correct: async (events: AuditEvent[]) => void log.push(`corrected ${events.map((e) => e.id)}`) } as unknown as AuditCorrections;
    const f = new PatientFeed({} as NatsConnection, {} as JetStreamClient, {} as NatsNamespace, orm, profiles, ['clerk'], ingest, audit, corrections);
    return { f, log };
  }

  it('the adoption links are acknowledged before the transaction commits', async () => {
    const { f, log } = feed();
    await f.apply(PATIENT_EVENTS.changed, 'p1');
    expect(log).toEqual(['acknowledged', 'commit']);
  });

  it('not acknowledged: nothing commits, and the event fails (it comes again)', async () => {
    const { f, log } = feed({ ack: 'refused' });
    await expect(f.apply(PATIENT_EVENTS.changed, 'p1')).rejects.toBeInstanceOf(AuditNotAcknowledged);
    expect(log).not.toContain('commit');
  });

  it('acknowledged, then the commit fails: the stored events are corrected', async () => {
    const { f, log } = feed({ commit: 'fails' });
    await expect(f.apply(PATIENT_EVENTS.changed, 'p1')).rejects.toThrow('commit failed');
    expect(log).toEqual(['acknowledged', 'rollback', 'corrected e1']);
  });
});
