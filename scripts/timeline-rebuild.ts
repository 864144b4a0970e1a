/**
 * `npm run timeline:rebuild`: rebuilds profiles-svc's timeline projection from the EVENTS stream (docs/record.md,
 * "Rebuilding the timeline"). Runs with profiles-svc's environment (PROFILES_DATABASE_URL or DATABASE_URL, NATS_URL
 * with profiles-svc's NATS user, NATS_NAMESPACE) and prints how many events it read and entries it wrote.
 */
import 'reflect-metadata';
import { ConfigError, loadServiceConfig } from '@pg/config';
import { rebuildTimeline } from '../apps/profiles-svc/src/timeline/timeline-rebuild.js';

rebuildTimeline(loadServiceConfig('profiles')).then(
  ({ events, entries }) => {
    console.log(`timeline rebuilt: ${events} events replayed, ${entries} entries written`);
    process.exit(0);
  },
  (err: unknown) => {
    const e = err as { message?: string; code?: string };
    console.error(`timeline rebuild failed: ${err instanceof ConfigError ? e.message : `${e.code ? `${e.code} ` : ''}${e.message ?? String(err)}`}`);
    process.exit(1);
  },
);
