import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ServiceConfig } from '@pg/config';
import pg from 'pg';

/**
 * The wearable tables' own small pool (the service's database role and schema). MikroORM's driver hides the pg
 * client, and bulk ingest needs it: `COPY … FROM STDIN` into a staging table (pg-copy-streams), then set-based SQL.
 * Reads of the time series use it too (aggregates in SQL, no entities).
 */
@Injectable()
export class WearableDb implements OnApplicationShutdown {
  readonly pool: pg.Pool;

  constructor(config: Pick<ServiceConfig, 'databaseUrl' | 'dbSchema' | 'dbPoolMax'>) {
    this.pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: Math.max(1, Math.min(4, config.dbPoolMax)),
      options: `-c search_path="${config.dbSchema.replace(/"/g, '""')}"`,
    });
    this.pool.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
