import { Migration } from '@mikro-orm/migrations';

/**
 * External identifiers, the match index, its term frequencies, the review queue, manual decisions and partner
 * webhook receipts (docs/identity.md, "Identifiers" … "Webhooks").
 */
export class Migration20261130020000_identities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "patient_identifier" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "system" varchar(40) not null,
      "value" varchar(200) not null,
      "method" varchar(16) not null,
      "linked_by" varchar(200) not null,
      "linked_at" timestamptz not null,
      "tombstoned_at" timestamptz null,
      constraint "patient_identifier_method_check" check ("method" in ('webhook', 'manual', 'auto-link', 'import', 'merge'))
    );`);
    // Resolution is this one index probe; a pair belongs to one patient at a time (a tombstoned row keeps its pair).
    this.addSql(`create unique index "patient_identifier_system_value_unique" on "patient_identifier" ("system", "value");`);
    this.addSql(`create index "patient_identifier_patient_idx" on "patient_identifier" ("patient_id", "linked_at", "id");`);

    this.addSql(`create table "match_record" (
      "id" uuid not null primary key,
      "patient_id" uuid null,
      "source" varchar(40) not null,
      "source_id" varchar(200) not null,
      "normalized" jsonb not null,
      "blocking_keys" text[] not null default '{}',
      "updated_at" timestamptz not null
    );`);
    this.addSql(`create unique index "match_record_source_unique" on "match_record" ("source", "source_id");`);
    // Candidate retrieval: blocking_keys @> array[key], one probe per key of the query.
    this.addSql(`create index "match_record_blocking_keys_gin" on "match_record" using gin ("blocking_keys");`);
    this.addSql(`create index "match_record_patient_idx" on "match_record" ("patient_id");`);

    // Term frequencies of name values in the index, maintained on every write of a record (field '*' counts records).
    this.addSql(`create table "match_term_frequency" (
      "field" varchar(40) not null,
      "value" varchar(200) not null,
      "count" int not null,
      constraint "match_term_frequency_pkey" primary key ("field", "value")
    );`);

    this.addSql(`create table "review_item" (
      "id" uuid not null primary key,
      "reason" varchar(24) not null,
      "status" varchar(16) not null default 'open',
      "record_a" uuid null,
      "record_b" uuid null,
      "patient_a" uuid null,
      "patient_b" uuid null,
      "pair_key" varchar(80) not null,
      "grade" varchar(16) null,
      "blocking_key" varchar(300) null,
      "explanation" jsonb null,
      "created_at" timestamptz not null,
      "decision" varchar(8) null,
      "decision_reason" varchar(500) null,
      "decided_by" varchar(200) null,
      "decided_at" timestamptz null,
      constraint "review_item_status_check" check ("status" in ('open', 'deferred', 'accepted', 'rejected')),
      constraint "review_item_reason_check" check ("reason" in ('probable', 'hard-negative', 'capped-block', 'ambiguous', 'identifier-conflict'))
    );`);
    // One waiting item per pair: re-scoring the same pair does not queue it again.
    this.addSql(`create unique index "review_item_waiting_pair_unique" on "review_item" ("pair_key") where "status" in ('open', 'deferred');`);
    this.addSql(`create index "review_item_status_idx" on "review_item" ("status", "created_at", "id");`);

    // Manual decisions on a pair of records or of patients ('no-match' also when a merge is undone). Automation reads
    // them before it links or queues a pair and never overrides one.
    this.addSql(`create table "match_decision" (
      "id" uuid not null primary key,
      "kind" varchar(8) not null,
      "a" uuid not null,
      "b" uuid not null,
      "decision" varchar(8) not null,
      "reason" varchar(500) not null,
      "decided_by" varchar(200) not null,
      "decided_at" timestamptz not null,
      constraint "match_decision_kind_check" check ("kind" in ('records', 'patients')),
      constraint "match_decision_decision_check" check ("decision" in ('match', 'no-match')),
      constraint "match_decision_order_check" check ("a" < "b")
    );`);
    this.addSql(`create index "match_decision_pair_idx" on "match_decision" ("kind", "a", "b", "decided_at");`);

    // Partner deliveries already taken (svix-id, BigCommerce hash): a retry is answered `duplicate`.
    this.addSql(`create table "identity_webhook_receipt" (
      "partner" varchar(20) not null,
      "delivery_id" varchar(200) not null,
      "received_at" timestamptz not null,
      constraint "identity_webhook_receipt_pkey" primary key ("partner", "delivery_id")
    );`);
  }

  override async down(): Promise<void> {
    for (const t of ['identity_webhook_receipt', 'match_decision', 'review_item', 'match_term_frequency', 'match_record', 'patient_identifier']) {
      this.addSql(`drop table if exists "${t}";`);
    }
  }
}
