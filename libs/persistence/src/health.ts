import { Controller, Type } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { PublicPattern } from '@pg/audit';

/** `<svc>.health`: answers `{ status, service, db }`. Touches no patient data, so it needs no actor. */
export function healthHandler(pattern: string, service: string): Type<unknown> {
  @Controller()
  class HealthHandler {
    constructor(private readonly orm: MikroORM) {}

    @PublicPattern(pattern)
    async health() {
      const db = await this.orm.em.getConnection().execute('select 1 as ok').then(() => 'up', () => 'down');
      return { status: db === 'up' ? 'ok' : 'degraded', service, db };
    }
  }
  return HealthHandler;
}
