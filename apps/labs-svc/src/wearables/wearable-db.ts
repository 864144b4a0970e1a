import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ServiceConfig } from '@pg/config';
import pg from 'pg';

/**
 * Each session's buffers for temporary tables (PostgreSQL's default is 8 MB; allocated as used, up to this). A year
 * of 5-minute readings staged for an import is ~20 MB: with the default, its COPY and the statements that read it
 * back go through the operating system's files instead of memory.
 */
const STAGING_TEMP_BUFFERS = '32MB';

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
      options: `-c search_path="${config.dbSchema.replace(/"/g, '""')}" -c temp_buffers=${STAGING_TEMP_BUFFERS}`,
    });
    this.pool.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
