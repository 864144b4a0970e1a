import { Migration } from '@mikro-orm/migrations';

const FN = `'wearable_rollup_insert(uuid, text, timestamptz, timestamptz)'::regprocedure`;

/** Replaces `from` by `to` in the function's definition, once, and fails if it is not there (the body is not copied). */
const rewrite = (from: string, to: string) => `do $do$
  declare def text := pg_get_functiondef(${FN});
  begin
    if position('${from}' in def) = 0 then raise exception 'wearable_rollup_insert does not read %', '${from}'; end if;
    execute replace(def, '${from}', '${to}');
  end $do$;`;

/**
 * A quarter hour whose readings carry two spellings of a unit (`mm[Hg]`, `mmHg`: FHIR vital signs keep the unit as
 * given) reports the least one. `wearable_rollup_insert` took `min(unit)` in the database's collation, while the
 * import's staged rollups (apps/labs-svc/src/wearables/staged-rollups.ts, the other place rollups are computed) take
 * the least by code point: under an `en_US` collation the row written at import would change at its next refresh.
 * Both now order bytewise (`collate "C"`).
 */
export class Migration20261204300000_rollup_unit_bytewise extends Migration {
  override async up(): Promise<void> {
    this.addSql(rewrite('min(unit)', 'min(unit collate "C")'));
  }

  override async down(): Promise<void> {
    this.addSql(rewrite('min(unit collate "C")', 'min(unit)'));
  }
}
