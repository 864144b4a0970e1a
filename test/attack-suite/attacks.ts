import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fieldsOf, outcomeOf, readRbacMatrix, type RbacMatrix, type Relation } from '@pg/access';
import type { ApiResponse, PatientGraphClient } from '@pg/client';
import type { AuditEvent } from '@pg/contracts';
import {
  fillPath, isDateParam, isFreeString, isPatientScoped, isWrite, minimalBody, recordParams, requiredQuery, sampleValue,
  type AccessRule, type ApiOperation, type OpenApiDocument,
} from './openapi.js';

/*
 * The attacks, driven by the operations of /openapi.json. Each attack sends requests as one principal and
 * records what came back; findings are what a user (or an attacker) would notice: data of a patient out of
 * scope, the wrong refusal, a write that changed something, a 5xx or a stack trace, a refusal missing from
 * the audit trail. An empty list of findings is the pass.
 */

/**
 * The expected answers: docs/rbac.md's matrix, written by hand from RBAC.md. The suite never asks the ability
 * model (libs/access) what the system should answer: a rule changed in code without the table is a finding.
 */
export const RBAC: RbacMatrix = readRbacMatrix(readFileSync(new URL('../../docs/rbac.md', import.meta.url), 'utf8'));

export interface Principal {
  /** How findings name it: `clinician`, `clinician + break-glass` … */
  name: string;
  client: PatientGraphClient;
  /** Its column in docs/rbac.md's matrix, for requests on its home patient (in its scope) and global ones. */
  column: string;
  /**
   * How it stands to the target (a patient outside its scope): its column there and the relation, `out` by
   * default. A clinician's break-glass names the target: column `clinician + break-glass`, relation `in`.
   */
  onTarget?: { column: string; relation: Relation };
  /** A patient in its scope, for attacks that need one (a record id of another patient under its own path). */
  home?: string;
  /** Ids of records under `home` by path-parameter name, for writes and input attacks on existing records. */
  recordIdsOf?: (op: ApiOperation) => Record<string, string>;
}

export interface Target {
  patientId: string;
  /** Strings that must never show in an answer to someone out of scope: names, email, record ids. */
  secrets: string[];
  /** Ids of the target's own records by path-parameter name (`reportId`, `principalId`). */
  recordIds: Record<string, string>;
}

export interface Finding {
  op: string;
  who: string;
  problem: string;
}

/** A request the audit trail must show: with outcome `denied`, or at least not `success`. */
interface AuditExpectation {
  op: string;
  who: string;
  requestId: string;
  outcome: 'denied' | 'not-success';
}

type Verdict = 'allow' | 'not-found' | 'forbidden' | 'undeclared';

/**
 * What docs/rbac.md's matrix says of `column` doing the operation's action: on a patient in the column's scope
 * (`in`), outside it (`out`), or with no patient in the path (`global`). The expected answer.
 */
export function verdictOf(access: AccessRule | undefined, column: string, relation: Relation, matrix: RbacMatrix = RBAC): Verdict {
  if (!access || access.public) return 'undeclared';
  if (access.anyPrincipal) return 'allow';
  if (!access.action || !access.subject) return 'undeclared';
  return outcomeOf(matrix, column, access.subject, access.action, relation);
}

/** The expected answer for `p` on its home patient (patient operations) or with no patient (the others). */
const homeVerdict = (op: ApiOperation, p: Principal) => verdictOf(op.access, p.column, isPatientScoped(op) ? 'in' : 'global');
/** The expected answer for `p` on the target, a patient outside its scope (unless its break-glass names it). */
const targetVerdict = (op: ApiOperation, p: Principal) => {
  const where = p.onTarget ?? { column: p.column, relation: 'out' as const };
  return verdictOf(op.access, where.column, where.relation);
};

const STATUS_OF = { 'not-found': 404, forbidden: 403 } as const;
const STACK = /(\n\s+at\s)|(\bat\s\S+\s\(\S+:\d+:\d+\))|node_modules|\.(ts|js):\d+:\d+/;

export class AttackSuite {
  readonly findings: Finding[] = [];
  private readonly audits: AuditExpectation[] = [];
  /** Operations each kind of attack actually reached, for the coverage check. */
  readonly covered = { outOfScope: new Set<string>(), foreignRecord: new Set<string>(), massAssignment: new Set<string>(), input: new Set<string>(), filters: new Set<string>() };
  requests = 0;

  constructor(readonly doc: OpenApiDocument, readonly ops: ApiOperation[]) {}

  private find(op: ApiOperation | string, who: string, problem: string): void {
    this.findings.push({ op: typeof op === 'string' ? op : op.label, who, problem });
  }

  async send(p: Principal, op: ApiOperation, values: Record<string, string>, opts: { body?: unknown; query?: Record<string, string>; rawBody?: string } = {}) {
    const requestId = `atk-${randomUUID()}`;
    const headers: Record<string, string> = { 'x-request-id': requestId };
    let body: unknown = opts.rawBody ?? opts.body;
    if (body === undefined && (isWrite(op) || op.body)) body = minimalBody(this.doc, op.body);
    if (opts.rawBody !== undefined || (body !== undefined && op.method !== 'GET' && op.method !== 'DELETE')) headers['content-type'] = 'application/json';
    else body = undefined;
    this.requests++;
    const res = await p.client.raw<unknown>(op.method, fillPath(op, values), { query: { ...requiredQuery(this.doc, op), ...opts.query }, body, headers });
    return { res, requestId };
  }

  /** What every refusal must look like: API.md's error body with our request id, no stack, none of the secrets. */
  private checkRefusal(op: ApiOperation, who: string, res: ApiResponse<unknown>, requestId: string, secrets: string[]): boolean {
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    let ok = true;
    if (res.status < 400) {
      this.find(op, who, `answered ${res.status}: ${text.slice(0, 200)}`);
      ok = false;
    }
    if (res.status >= 500) {
      this.find(op, who, `server error ${res.status}`);
      ok = false;
    }
    const leaked = secrets.filter((s) => s && text.includes(s));
    if (leaked.length) {
      this.find(op, who, `the answer holds data of a patient out of scope (${leaked.length} value(s))`);
      ok = false;
    }
    if (STACK.test(text)) {
      this.find(op, who, 'the answer holds a stack trace');
      ok = false;
    }
    const err = (res.body as { error?: { code?: string; requestId?: string } } | null)?.error;
    if (res.status >= 400 && (!err?.code || err.requestId !== requestId)) this.find(op, who, `not API.md's error body: ${text.slice(0, 200)}`);
    return ok;
  }

  /**
   * Every operation with a patient in its path, by every principal, on a patient out of its scope: the answer
   * is the model's (404 when the role may do this elsewhere, 403 when never), with no data, and a `denied`
   * audit event for the request. Operations the model allows the principal on that patient are not attacks.
   */
  async outOfScope(attackers: Principal[], target: Target): Promise<void> {
    for (const op of this.ops.filter(isPatientScoped)) {
      for (const a of attackers) {
        const verdict = targetVerdict(op, a);
        if (verdict === 'allow') continue;
        const { res, requestId } = await this.send(a, op, { ...target.recordIds, patientId: target.patientId });
        this.covered.outOfScope.add(op.label);
        this.checkRefusal(op, a.name, res, requestId, target.secrets);
        if (verdict === 'undeclared') {
          if (res.status !== 403 && res.status !== 404) this.find(op, a.name, `declares no access rule and answered ${res.status}`);
        } else if (res.status !== STATUS_OF[verdict]) {
          this.find(op, a.name, `expected ${STATUS_OF[verdict]} (${verdict}) but got ${res.status}`);
        }
        this.audits.push({ op: op.label, who: a.name, requestId, outcome: 'denied' });
      }
    }
  }

  /**
   * Broken object-level authorization: a principal, under the path of a patient in its own scope, names a record
   * of the target (a report id, a care-team member). The record is not that patient's: 404, no data, not
   * recorded as a success.
   */
  async foreignRecords(principals: Principal[], target: Target): Promise<void> {
    for (const op of this.ops.filter((o) => isPatientScoped(o) && recordParams(o).length)) {
      for (const p of principals.filter((x) => x.home)) {
        const verdict = homeVerdict(op, p);
        if (verdict === 'undeclared') continue;
        const { res, requestId } = await this.send(p, op, { ...target.recordIds, patientId: p.home! });
        this.covered.foreignRecord.add(op.label);
        this.checkRefusal(op, `${p.name} (record of another patient)`, res, requestId, target.secrets);
        const expected = verdict === 'allow' ? 404 : STATUS_OF[verdict];
        if (res.status !== expected) this.find(op, `${p.name} (record of another patient)`, `expected ${expected} but got ${res.status}`);
        this.audits.push({ op: op.label, who: p.name, requestId, outcome: 'not-success' });
      }
    }
  }

  /**
   * Mass assignment: every write, by every principal the model lets write it, with fields the body does not
   * have (400 naming the field), with `__proto__` / `constructor` keys (400), and with each field of the body the
   * role may not write (403). Whatever the answer, the resource reads the same afterwards.
   */
  async massAssignment(writers: Principal[], target: Target): Promise<void> {
    for (const op of this.ops.filter((o) => isWrite(o) && o.body)) {
      const props = Object.keys(op.body!.properties ?? {});
      for (const w of writers) {
        const patientId = isPatientScoped(op) ? w.home : undefined;
        if (isPatientScoped(op) && !patientId) continue;
        if (homeVerdict(op, w) !== 'allow') continue;
        const values = { patientId: patientId ?? '', ...w.recordIdsOf?.(op) };
        const before = await this.snapshot(w, op, values);
        const base = minimalBody(this.doc, op.body);
        this.covered.massAssignment.add(op.label);
        const unknown: Record<string, unknown> = {
          isAdmin: true, role: 'admin', roles: ['admin'], patientId: target.patientId, id: randomUUID(), ownerId: randomUUID(),
          createdAt: '2000-01-01T00:00:00Z', version: 999, kind: 'service', scopes: ['profiles:write'],
        };
        for (const [field, value] of Object.entries(unknown).filter(([f]) => !props.includes(f))) {
          const { res, requestId } = await this.send(w, op, values, { body: { ...base, [field]: value } });
          this.checkRefusal(op, `${w.name} (+${field})`, res, requestId, []);
          const named = ((res.body as { error?: { details?: { field?: string }[] } })?.error?.details ?? []).some((d) => d.field === field || d.field?.endsWith(`.${field}`));
          if (!(res.status === 403 || (res.status === 400 && named))) this.find(op, `${w.name} (+${field})`, `unknown field not refused by name: ${res.status}`);
        }
        for (const raw of [
          `{"__proto__":{"isAdmin":true},${JSON.stringify(base).slice(1)}`,
          `{"constructor":{"prototype":{"isAdmin":true}},${JSON.stringify(base).slice(1)}`,
        ]) {
          const body = raw.replace(/,}$/, '}');
          const { res, requestId } = await this.send(w, op, values, { rawBody: body });
          this.checkRefusal(op, `${w.name} (prototype key)`, res, requestId, []);
          if (res.status !== 400) this.find(op, `${w.name} (prototype key)`, `expected 400 but got ${res.status}`);
        }
        if (patientId && op.access?.action && op.access.subject) {
          // The fields the table's field rule leaves out (none when no rule limits this write).
          const allowed = fieldsOf(RBAC, w.column, op.access.subject, op.access.action);
          for (const field of allowed ? props.filter((f) => !allowed.includes(f)) : []) {
            const value = sampleValue(this.doc, field, op.body!.properties![field]!);
            const { res, requestId } = await this.send(w, op, values, { body: { ...base, [field]: value } });
            this.checkRefusal(op, `${w.name} (writes ${field})`, res, requestId, []);
            if (res.status !== 403) this.find(op, `${w.name} (writes ${field})`, `a field the role may not write: expected 403 but got ${res.status}`);
            if (res.status === 403) this.audits.push({ op: op.label, who: w.name, requestId, outcome: 'denied' });
          }
        }
        const after = await this.snapshot(w, op, values);
        if (before !== after) this.find(op, w.name, 'refused writes changed the resource');
      }
    }
  }

  /**
   * The resource a write would change, as the writer reads it: the record itself, or for a POST every row of the
   * collection (all pages, not a count of a capped one), as JSON; or null when there is nothing to read.
   */
  private async snapshot(w: Principal, op: ApiOperation, values: Record<string, string>): Promise<string | null> {
    const read = this.ops.find((o) => o.method === 'GET' && o.path === op.path);
    if (!read) return null;
    const paged = read.queryParams.some((p) => p.name === 'cursor');
    const rows: unknown[] = [];
    let cursor: string | null | undefined;
    for (let page = 0; page < 100; page++) {
      const query: Record<string, string> = paged ? { limit: '200', ...(cursor ? { cursor } : {}) } : {};
      const res = await w.client.raw<{ data?: unknown; meta?: { nextCursor?: string | null } }>('GET', fillPath(read, values), { query });
      if (res.status !== 200) return `status ${res.status}`;
      if (!paged) return JSON.stringify(res.body.data);
      rows.push(...(Array.isArray(res.body.data) ? res.body.data : [res.body.data]));
      cursor = res.body.meta?.nextCursor;
      if (!cursor) break;
    }
    return JSON.stringify(rows);
  }

  /**
   * Input attacks, by a principal allowed to call the operation: malformed path ids (400), SQL metacharacters
   * in every free-text filter (never a 5xx, never a row out of scope), malformed dates (400), control
   * characters in every string of a body (400 naming the field). No answer may be a 5xx or hold a stack.
   */
  async input(principals: Principal[], target: Target): Promise<void> {
    for (const op of this.ops.filter((o) => !o.access?.public)) {
      const p = principals.find((x) => homeVerdict(op, x) === 'allow' && (!isPatientScoped(op) || x.home));
      if (!p) continue;
      this.covered.input.add(op.label);
      const values = { patientId: p.home ?? '', ...p.recordIdsOf?.(op) };
      for (const param of op.pathParams) {
        for (const bad of MALFORMED_IDS) {
          const { res, requestId } = await this.send(p, op, { ...values, [param.name]: bad });
          this.checkRefusal(op, `${p.name} (${param.name}=${JSON.stringify(bad)})`, res, requestId, []);
          if (res.status !== 400 && res.status !== 404) this.find(op, `${p.name} (${param.name}=${JSON.stringify(bad)})`, `a malformed id answered ${res.status}`);
        }
      }
      for (const param of op.queryParams) {
        if (isFreeString(param)) {
          for (const sql of SQL_METACHARACTERS) {
            const { res, requestId } = await this.send(p, op, values, { query: { [param.name]: sql } });
            const who = `${p.name} (${param.name}=${JSON.stringify(sql)})`;
            if (res.status >= 400) this.checkRefusal(op, who, res, requestId, target.secrets);
            else this.checkAnswer(op, who, res, target.secrets);
          }
        }
        if (param.name === 'cursor') {
          for (const forged of FORGED_CURSORS) {
            const { res, requestId } = await this.send(p, op, values, { query: { cursor: forged } });
            const who = `${p.name} (forged cursor ${Buffer.from(forged, 'base64url').toString().slice(0, 40)})`;
            if (res.status >= 400) this.checkRefusal(op, who, res, requestId, target.secrets);
            else this.checkAnswer(op, who, res, target.secrets);
            if (res.status !== 400 && res.status !== 200) this.find(op, who, `a forged cursor answered ${res.status}`);
          }
        }
        if (isDateParam(param)) {
          for (const bad of MALFORMED_DATES) {
            const { res, requestId } = await this.send(p, op, values, { query: { [param.name]: bad } });
            const who = `${p.name} (${param.name}=${JSON.stringify(bad)})`;
            this.checkRefusal(op, who, res, requestId, target.secrets);
            if (res.status !== 400) this.find(op, who, `a malformed date answered ${res.status}`);
          }
        }
      }
      if (isWrite(op) && op.body) {
        const base = minimalBody(this.doc, op.body);
        for (const [name, schema] of Object.entries(op.body.properties ?? {})) {
          if (schema.enum || schema.format || (schema.type && schema.type !== 'string')) continue;
          for (const bad of CONTROL_CHARACTERS) {
            const { res, requestId } = await this.send(p, op, values, { body: { ...base, [name]: `Attack${bad}test` } });
            const who = `${p.name} (${name} with ${JSON.stringify(bad)})`;
            this.checkRefusal(op, who, res, requestId, []);
            const named = ((res.body as { error?: { details?: { field?: string }[] } })?.error?.details ?? []).some((d) => d.field === name);
            if (!(res.status === 400 && named) && res.status !== 403) this.find(op, who, `a control character was not refused by field: ${res.status}`);
          }
        }
      }
    }
  }

  /**
   * Field rules on filters: every list parameter that reads a field (x-access `queryFields`), by every principal
   * allowed to call the list. A parameter reading a field outside the table's field rule for that role is a probe
   * of that field: 403 naming the parameter, no data, a `denied` audit event. One reading only readable fields is
   * not refused for it.
   */
  async filters(principals: Principal[], target: Target): Promise<void> {
    for (const op of this.ops.filter((o) => o.method === 'GET' && o.access?.queryFields)) {
      const { filters, order } = op.access!.queryFields!;
      for (const p of principals.filter((x) => homeVerdict(op, x) === 'allow' && (!isPatientScoped(op) || x.home))) {
        const readable = fieldsOf(RBAC, p.column, op.access!.subject!, 'read');
        const values = { patientId: p.home ?? '', ...p.recordIdsOf?.(op) };
        const orderRefused = readable !== null && order.some((f) => !readable.includes(f));
        for (const [param, fields] of Object.entries(filters)) {
          const schema = op.queryParams.find((q) => q.name === param)?.schema;
          if (!schema) {
            this.find(op, p.name, `declares a filter ${param} that is not one of its query parameters`);
            continue;
          }
          this.covered.filters.add(op.label);
          const refused = orderRefused || (readable !== null && fields.some((f) => !readable.includes(f)));
          const { res, requestId } = await this.send(p, op, values, { query: { [param]: String(sampleValue(this.doc, param, schema)) } });
          const who = `${p.name} (?${param}=)`;
          if (refused) {
            this.checkRefusal(op, who, res, requestId, target.secrets);
            const named = ((res.body as { error?: { details?: { field?: string }[] } })?.error?.details ?? []).some((d) => d.field === param);
            if (res.status !== 403 || !named) this.find(op, who, `a filter on a field the role may not read: expected 403 naming ${param} but got ${res.status}`);
            this.audits.push({ op: op.label, who, requestId, outcome: 'denied' });
          } else if (res.status === 403) {
            this.find(op, who, 'a filter on a field the role may read was refused');
          }
        }
      }
    }
  }

  /** A successful answer to an attack: no data out of scope, no stack. */
  private checkAnswer(op: ApiOperation, who: string, res: ApiResponse<unknown>, secrets: string[]): void {
    const text = JSON.stringify(res.body);
    if (secrets.some((s) => s && text.includes(s))) this.find(op, who, 'the answer holds data of a patient out of scope');
    if (STACK.test(text)) this.find(op, who, 'the answer holds a stack trace');
  }

  /** Every refusal above must be in the audit trail under its request id (`events`: what the AUDIT stream holds). */
  checkAudit(events: (Pick<AuditEvent, 'requestId' | 'outcome'> & Partial<Pick<AuditEvent, 'action'>>)[]): void {
    const byRequest = new Map<string, string[]>();
    // A `login` under the same request id is the gateway resolving the caller's principal (a cache miss: the cache
    // lives PRINCIPAL_CACHE_TTL_MS), not the operation attacked: its success says who called, not that they got in.
    for (const e of events) if (e.requestId && e.action !== 'login') byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e.outcome]);
    for (const a of this.audits) {
      const outcomes = byRequest.get(a.requestId) ?? [];
      if (a.outcome === 'denied' && !outcomes.includes('denied')) this.find(a.op, a.who, `no audit event with outcome denied for ${a.requestId} (${outcomes.join(',') || 'none'})`);
      if (a.outcome === 'not-success' && (outcomes.length === 0 || outcomes.includes('success'))) this.find(a.op, a.who, `audit for ${a.requestId}: ${outcomes.join(',') || 'none'}`);
    }
  }

  get auditExpectations(): number {
    return this.audits.length;
  }
}

/** Ids that are not ids. */
export const MALFORMED_IDS = ['not-a-uuid', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g', '..%2F..%2Fetc%2Fpasswd', '%00', `${randomUUID()}x`];
/** Text that would change a query built by concatenation (or a LIKE pattern, or a NoSQL filter). */
export const SQL_METACHARACTERS = ["' OR '1'='1", "'; DROP TABLE patients; --", '" OR ""="', '%', '_', '\\', "' UNION SELECT * FROM pg_user --", '{"$gt":""}', '$where', '%27%20OR%201=1'];
/** Cursors are opaque to clients but decoded by services: forged ones (right shape, wrong content) must be a 400. */
export const FORGED_CURSORS = [
  ['a', 'b', "c' OR '1'='1"],
  [new Date().toISOString(), "x' OR '1'='1"],
  [new Date().toISOString(), '-'.repeat(36)],
  ['1', '2'],
  ['99999999999999999999'],
  { patientId: { $ne: null } },
  'not-json',
].map((c) => Buffer.from(typeof c === 'string' ? c : JSON.stringify(c)).toString('base64url'));
/** Dates that are not dates. */
export const MALFORMED_DATES = ['2020-13-45', '2021-02-30', 'yesterday', '99999-01-01', "2020-01-01' OR '1'='1", '2020-01-01T25:61:00Z'];
/** Characters no name, code or note may hold: NUL, escape, a lone surrogate, a C1 control. */
export const CONTROL_CHARACTERS = ['\u0000', '\u001b[2J', '\ud800', '\u0085'];
