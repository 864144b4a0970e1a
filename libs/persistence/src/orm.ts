import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager, MikroORM, Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { RequestContext } from '@mikro-orm/core';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { UNIT_OF_WORK, withAfterCommit, withDeferredTransaction, type UnitOfWork } from '@pg/audit';
import type { ServiceConfig } from '@pg/config';
import pg from 'pg';

export interface OrmSetup {
  /** Entities, listed explicitly (no folder discovery). */
  entities: NonNullable<Options['entities']>;
  /** Migrations in the order they run. */
  migrations: Constructor<Migration>[];
}

/** MikroORM options for one service: its own schema, its entities, its migrations; never a global context. */
export function ormOptions(config: Pick<ServiceConfig, 'databaseUrl' | 'dbSchema' | 'dbPoolMax'>, setup: OrmSetup): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: config.databaseUrl,
    schema: config.dbSchema,
    entities: setup.entities,
    allowGlobalContext: false,
    pool: { min: 1, max: config.dbPoolMax },
    debug: false,
    extensions: [Migrator],
    migrations: {
      schema: config.dbSchema,
      migrationsList: setup.migrations.map((cls) => ({ name: cls.name, class: cls })),
      snapshot: false,
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      tableName: 'mikro_orm_migrations',
      silent: true,
    },
  };
}

/** Creates the database a URL names when it does not exist (idempotent, safe when several processes race). */
export async function ensureDatabase(url: string): Promise<void> {
  const dbName = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [dbName]);
    if (!rowCount) await client.query(`create database "${dbName}"`).catch((e: { code?: string }) => { if (e.code !== '42P04' && e.code !== '23505') throw e; });
  } finally {
    await client.end();
  }
}

/** Creates the schema if needed and runs pending migrations: for the launcher, `npm run migrate` and tests. */
export async function migrate(options: Options): Promise<string[]> {
  const orm = await MikroORM.init({ ...options, pool: { min: 0, max: 1 } });
  try {
    // Checked first: CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database, which a schema owner lacks.
    const [found] = await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from pg_namespace where nspname = ?', [options.schema]);
    if (!found?.n) await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

/**
 * Every NATS handler runs in its own MikroORM request context (a fork of the EntityManager); a write runs in one
 * transaction that also covers the audit ack (RpcAuditInterceptor), and its afterCommit hooks run once it committed.
 */
@Injectable()
export class OrmUnitOfWork implements UnitOfWork {
  constructor(private readonly orm: MikroORM) {}

  run<T>(write: boolean, work: () => Promise<T>, opts?: { deferTransaction?: boolean }): Promise<T> {
    if (write && opts?.deferTransaction) return RequestContext.create(this.orm.em, () => withAfterCommit(() => this.deferred(work)));
    // Reads register no afterCommit hooks (afterCommit outside a unit runs at once): no second async context.
    return RequestContext.create(this.orm.em, () => (write ? withAfterCommit(() => this.orm.em.transactional(() => work())) : work()));
  }

  /** A write whose transaction begins at beginTransaction() (if ever), and commits after `work` (the audit ack included). */
  private async deferred<T>(work: () => Promise<T>): Promise<T> {
    const em = RequestContext.getEntityManager()!;
    let begun = false;
    try {
      const result = await withDeferredTransaction(async () => {
        if (begun) return;
        await em.begin();
        begun = true;
      }, work);
      if (begun) await em.commit();
      return result;
    } catch (err) {
      if (begun) await em.rollback().catch(() => undefined);
      throw err;
    }
  }
}

@Injectable()
class OrmCloser implements OnApplicationShutdown {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}
  async onApplicationShutdown(): Promise<void> {
    await this.orm.close();
  }
}

@Global()
@Module({})
export class PersistenceModule {
  static forRoot(options: Options): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: MikroORM, useFactory: () => MikroORM.init(options) },
        { provide: EntityManager, useFactory: (orm: MikroORM) => orm.em, inject: [MikroORM] },
        OrmCloser,
        { provide: UNIT_OF_WORK, useClass: OrmUnitOfWork },
      ],
      exports: [MikroORM, EntityManager, UNIT_OF_WORK],
    };
  }
}
