import { MikroORM } from '@mikro-orm/postgresql';
import type { ServiceConfig } from '@pg/config';
import { CursorCodec } from '@pg/contracts';
import { connectNats, jetStreamClient, NatsNamespace } from '@pg/messaging';
import { profilesOrmOptions } from '../mikro-orm.config.js';
import { TimelineProjector } from './timeline.projector.js';
import { TimelineRepository } from './timeline.repository.js';

const JS_TIMEOUT_MS = 10_000;

/**
 * The trigger of a timeline rebuild outside the running service (`npm run timeline:rebuild`, docs/record.md): the
 * projector's own `rebuild()` — replay EVENTS from its first retained message, re-make the projected entries of that
 * window in one transaction — on a connection of its own, with profiles-svc's configuration (database role, NATS
 * user). Safe while profiles-svc runs: the live consumer and the rebuild insert under the same event keys.
 */
export async function rebuildTimeline(config: ServiceConfig): Promise<{ events: number; entries: number }> {
  const orm = await MikroORM.init({ ...profilesOrmOptions(config), pool: { min: 0, max: 2 } });
  try {
    const nc = await connectNats(config.natsUrl, 'profiles-timeline-rebuild');
    try {
      const repository = new TimelineRepository(orm.em, new CursorCodec(config.cursorKey));
      const projector = new TimelineProjector(nc, jetStreamClient(nc, JS_TIMEOUT_MS), new NatsNamespace(config.natsNamespace), repository, orm);
      return await projector.rebuild();
    } finally {
      await nc.drain().catch(() => undefined);
    }
  } finally {
    await orm.close(true);
  }
}
