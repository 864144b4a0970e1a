import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NatsContext } from '@nestjs/microservices';
import { from, lastValueFrom, Observable } from 'rxjs';
import { ActorContext, AuditEvent, CORRECTION_REASONS, DomainException, ErrorCode, RequestMeta, isUuid } from '@pg/contracts';
import { ActorContextVerifier, HEADER } from '@pg/messaging';
import { AuditCorrections } from './audit-corrections.js';
import { AuditEventInput, AuditPublisher } from './audit-publisher.js';
import { auditedUnit } from './audited-unit.js';
import {
  establishedActorOf, isAuditedParts, partOutcomes, RPC_AUDIT_META, RPC_PUBLIC_META, RpcAuditSpec, type PartAuditSpec, type SelfAuthenticatedResult,
} from './audited.decorator.js';
import { actorParts, type AuditSource } from './event-parts.js';
import { PATIENT_GATE, type PatientGate } from './patient-gate.js';
import { attachMeta } from './request-meta.js';
import { PURE_READ_ACTIONS, UNIT_OF_WORK, WRITE_ACTIONS, type UnitOfWork } from './unit-of-work.js';

export const AUDIT_SOURCE = Symbol('AUDIT_SOURCE');

const uuidOrUndefined = (v: unknown): string | undefined => (isUuid(v) ? v : undefined);
const SAFE_QUERY_VALUE = /^[A-Za-z0-9_.:|@-]{0,100}$/;
const SUBJECT = /^[A-Za-z0-9|_.:@-]{1,200}$/;

/**
 * Coverage by construction: every message handler goes through here. It verifies who is calling (a user context
 * the gateway signed, or a service credential identity-svc signed; refusing and recording a missing or forged
 * one), runs the handler, and records the outcome — one event per patient touched — waiting for the audit
 * stream's ack before the reply leaves. A handler with neither
 * @AuditedPattern nor @PublicPattern is refused: nothing is served unrecorded.
 */
@Injectable()
export class RpcAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: ActorContextVerifier,
    private readonly publisher: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    private readonly corrections: AuditCorrections,
    @Optional() @Inject(UNIT_OF_WORK) private readonly uow?: UnitOfWork,
    @Optional() @Inject(PATIENT_GATE) private readonly gate?: PatientGate,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(RPC_PUBLIC_META, handler)) return next.handle();
    return from(this.run(context, next, this.reflector.get<RpcAuditSpec>(RPC_AUDIT_META, handler)));
  }

  private async run(context: ExecutionContext, next: CallHandler, spec: RpcAuditSpec | undefined): Promise<unknown> {
    const rpc = context.switchToRpc();
    const natsCtx = rpc.getContext<NatsContext>();
    const payload = (rpc.getData() ?? {}) as Record<string, unknown>;
    const headers = natsCtx.getHeaders?.();
    const requestId = headers?.get(HEADER.requestId) || 'missing';
    const traceparent = headers?.get(HEADER.traceparent) || undefined;
    if (!spec) {
      // A handler nobody declared: refuse rather than serve it unrecorded.
      throw new DomainException(ErrorCode.INTERNAL, 'Handler is not declared for audit');
    }
    if (spec.credentialExchange) return this.exchange(spec, payload, requestId, traceparent, next);
    if (spec.partner) return this.partnerCall(spec, spec.partner, requestId, traceparent, next);
    if (spec.selfAuthenticated) return this.selfAuthenticated(spec, payload, requestId, traceparent, next);
    const verdict = this.verifier.verify(
      {
        actor: headers?.get(HEADER.actor) || undefined,
        signature: headers?.get(HEADER.signature) || undefined,
        credential: headers?.get(HEADER.credential) || undefined,
        proof: headers?.get(HEADER.proof) || undefined,
      },
      requestId,
      spec.pattern,
    );
    if (!verdict.ok) {
      await this.publisher.publishAll(
        this.failureEvents(spec, payload, { requestId, traceparent, actor: null, claimed: verdict.claimed }, 'denied', `context-${verdict.reason}`),
      );
      throw DomainException.unauthenticated('The request context is missing or invalid');
    }
    const meta: RequestMeta = { requestId, traceparent, actor: verdict.actor };
    attachMeta(natsCtx, meta);

    return this.unit(
      WRITE_ACTIONS.has(spec.action),
      spec.deferTransaction,
      async () => {
        const gate = spec.patientGate === false ? undefined : this.gate;
        const named = uuidOrUndefined(payload.patientId);
        let result = await this.gated(gate && named ? () => gate.require(named, verdict.actor) : undefined, !PURE_READ_ACTIONS.has(spec.action), next);
        if (gate) result = await this.onlyLive(gate, result, named, verdict.actor);
        if (spec.parts) return this.partsOf(spec.parts, meta, result);
        return { events: this.successEvents(spec, payload, meta, result), reply: result };
      },
      (outcome, reason) => this.failureEvents(spec, payload, { ...meta }, outcome, reason),
    );
  }

  /**
   * The handler and the audit of its success are one unit: for a write, the transaction commits only after the
   * stream acknowledged the events, so a change nobody recorded is rolled back. If the unit fails after its success
   * events were (or may have been) stored, each gets an outcome correction; any other failure is recorded as
   * `failed(outcome, reason)`.
   */
  private async unit(
    write: boolean,
    deferTransaction: boolean | undefined,
    handle: () => Promise<{ events: AuditEventInput[]; reply: unknown }>,
    failed: (outcome: AuditEvent['outcome'], reason: string, err: unknown) => AuditEventInput | AuditEventInput[],
  ): Promise<unknown> {
    const run = (work: () => Promise<unknown>) => (this.uow ? this.uow.run(write, work, deferTransaction ? { deferTransaction: true } : undefined) : work());
    return auditedUnit(this.publisher, this.corrections, run, handle, {
      // Not acknowledged: nothing was returned or kept (503).
      unacknowledged: write ? CORRECTION_REASONS.rolledBack : CORRECTION_REASONS.notReturned,
      failed: async (err) => {
        const outcome = err instanceof DomainException ? err.auditOutcome : 'error';
        const reason = err instanceof DomainException ? err.code : ErrorCode.INTERNAL;
        const events = failed(outcome, reason, err);
        await this.publisher.publishAll(Array.isArray(events) ? events : [events]);
      },
    });
  }

  /**
   * Runs the handler behind the patient gate. A write (anything but PURE_READ_ACTIONS) starts only once the patient is
   * known to be live (its transaction holds one connection). A pure read runs alongside the gate's lookup — one database round trip less on every read — and
   * its result is dropped when the gate refuses: the gate's refusal is the answer, as if it had run first.
   */
  private async gated(check: (() => Promise<void>) | undefined, sequential: boolean, next: CallHandler): Promise<unknown> {
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    if (!check) return handle();
    if (sequential) {
      await check();
      return handle();
    }
    const [gate, result] = await Promise.allSettled([check(), handle()]);
    if (gate.status === 'rejected') throw gate.reason;
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  }

  /**
   * The result as the caller may see it: a record of a patient that is not live is refused (a write's unit then
   * rolls back), a page keeps only the records of live patients. `checked` was admitted before the handler ran.
   */
  private async onlyLive(gate: PatientGate, result: unknown, checked: string | undefined, actor: ActorContext): Promise<unknown> {
    if (isPage(result)) {
      const others = new Set<string>();
      for (const item of result.items) {
        const id = uuidOrUndefined((item as { patientId?: unknown } | null)?.patientId);
        if (id && id !== checked) others.add(id);
      }
      if (!others.size) return result;
      const gone = await gate.notLive([...others]);
      if (!gone.size) return result;
      return { ...result, items: result.items.filter((item) => !gone.has((item as { patientId?: string }).patientId ?? '')) };
    }
    const owner = typeof result === 'object' && result !== null ? uuidOrUndefined((result as { patientId?: unknown }).patientId) : undefined;
    if (owner && owner !== checked) await gate.require(owner, actor);
    return result;
  }

  /** A credential exchange: recorded as a login of the principal it was for, allowed or refused. */
  private async exchange(spec: RpcAuditSpec, payload: Record<string, unknown>, requestId: string, traceparent: string | undefined, next: CallHandler): Promise<unknown> {
    const claimedSubject = typeof payload.subject === 'string' && SUBJECT.test(payload.subject) ? payload.subject : null;
    let result: { principalId?: unknown; subject?: unknown; onBehalfOf?: unknown } | undefined;
    try {
      const work = () => lastValueFrom(next.handle(), { defaultValue: undefined });
      result = (await (this.uow ? this.uow.run(false, work) : work())) as typeof result;
    } catch (err) {
      const outcome = err instanceof DomainException ? err.auditOutcome : 'error';
      const reason = err instanceof DomainException ? err.code : ErrorCode.INTERNAL;
      const event = this.event(spec, {}, { requestId, traceparent, actor: null }, outcome, reason);
      await this.publisher.publish({ ...event, actor: { ...event.actor, subject: claimedSubject } });
      throw err;
    }
    const principalId = uuidOrUndefined(result?.principalId);
    const onBehalfOf = uuidOrUndefined(result?.onBehalfOf);
    const actor: ActorContext = {
      principalId: principalId ?? '',
      subject: typeof result?.subject === 'string' ? result.subject : (claimedSubject ?? ''),
      kind: 'service',
      roles: ['service'],
      careTeam: [],
      purposeOfUse: 'operations',
      ...(onBehalfOf ? { onBehalfOf } : {}),
    };
    const event = this.event(spec, {}, { requestId, traceparent, actor }, 'success');
    await this.publisher.publish({ ...event, resource: { type: spec.resource, ...(principalId ? { id: principalId } : {}) } });
    return result;
  }

  /**
   * A partner's signed callback: the handler checks the signature itself. The effect and its audit event are one
   * unit, as for any write; a refusal (bad signature, stale, malformed) is recorded with the partner claimed.
   */
  private async partnerCall(spec: RpcAuditSpec, partner: string, requestId: string, traceparent: string | undefined, next: CallHandler): Promise<unknown> {
    const partnerActor = { principalId: null, subject: `partner:${partner}`, roles: [], kind: 'service' as const };
    const base = { source: { ...this.source }, purposeOfUse: 'operations' as const, requestId, ...(traceparent ? { traceId: traceparent.split('-')[1] } : {}) };
    // Deferred: the signature check (and whatever the handler asks elsewhere) holds no connection; the handler
    // calls beginTransaction() before its first write.
    return this.unit(
      true,
      true,
      async () => {
        const result = (await lastValueFrom(next.handle(), { defaultValue: undefined })) as { patientId?: unknown; id?: unknown } | undefined;
        const patientId = uuidOrUndefined(result?.patientId);
        const id = uuidOrUndefined(result?.id);
        const event: AuditEventInput = {
          ...base, action: spec.action, outcome: 'success', actor: partnerActor,
          resource: { type: spec.resource, ...(id ? { id } : {}), ...(patientId ? { patientId } : {}) },
        };
        return { events: [event], reply: result };
      },
      (outcome, reason) => ({ ...base, action: spec.action, outcome, reason, actor: { ...partnerActor, kind: 'anonymous' }, resource: { type: spec.resource } }),
    );
  }

  /**
   * A request the handler authenticates itself (OAuth state, webhook signature): the handler and the audit of its
   * success are one unit as for any call; the event names the actor the handler's check established.
   */
  private async selfAuthenticated(spec: RpcAuditSpec, payload: Record<string, unknown>, requestId: string, traceparent: string | undefined, next: CallHandler): Promise<unknown> {
    const anonymous = { requestId, traceparent, actor: null };
    return this.unit(
      WRITE_ACTIONS.has(spec.action),
      undefined,
      async () => {
        const result = (await lastValueFrom(next.handle(), { defaultValue: undefined })) as SelfAuthenticatedResult<unknown> | undefined;
        if (!result || typeof result !== 'object' || !('auditActor' in result)) throw new DomainException(ErrorCode.INTERNAL, 'Handler did not say who it authenticated');
        const base = this.event(spec, payload, anonymous, 'success', undefined, result.resource ?? result.reply);
        return { events: [{ ...base, actor: result.auditActor, purposeOfUse: 'treatment' }], reply: result.reply };
      },
      (outcome, reason, err) => {
        const event = this.event(spec, payload, anonymous, outcome, reason);
        // Refused after the handler's own check established who is acting (a valid OAuth state): recorded as them.
        const who = establishedActorOf(err);
        if (!who) return event;
        const patientId = uuidOrUndefined(who.resource?.patientId);
        const id = uuidOrUndefined(who.resource?.id);
        return {
          ...event, actor: who.auditActor, purposeOfUse: 'treatment',
          resource: { ...event.resource, ...(id ? { id } : {}), ...(patientId ? { patientId } : {}) },
        };
      },
    );
  }

  /**
   * A composite read (`parts`): each part's events are those its own pattern records — the success events of what
   * it returned, or its refusal — and the reply is the handler's.
   */
  private partsOf(parts: Readonly<Record<string, PartAuditSpec>>, meta: RequestMeta, result: unknown): { events: AuditEventInput[]; reply: unknown } {
    if (!isAuditedParts(result)) throw new DomainException(ErrorCode.INTERNAL, 'Handler did not return its parts');
    // Every part refused: the caller may not read this patient at all, so the request is refused as a whole (as each
    // part's own pattern would be), NOT_FOUND first so that it says no more than a single read; each part asked is
    // recorded as refused (failureEvents).
    const outcomes = partOutcomes(result);
    const refusals = outcomes.map((o) => (o.ok ? undefined : o.error))
      .filter((e): e is DomainException => e instanceof DomainException && (e.code === ErrorCode.NOT_FOUND || e.code === ErrorCode.FORBIDDEN));
    if (outcomes.length && refusals.length === outcomes.length) {
      const notFound = refusals.filter((e) => e.code === ErrorCode.NOT_FOUND);
      throw notFound.find((e) => e.auditOutcome === 'denied') ?? notFound[0] ?? refusals[0]!;
    }
    const events = outcomes.flatMap((o) => {
      const spec = Object.hasOwn(parts, o.part) ? parts[o.part] : undefined;
      if (!spec) throw new DomainException(ErrorCode.INTERNAL, 'Handler returned an undeclared part');
      if (o.ok) return this.successEvents(spec, o.payload, meta, o.result);
      const err = o.error;
      return [this.event(spec, o.payload, meta, err instanceof DomainException ? err.auditOutcome : 'error', err instanceof DomainException ? err.code : ErrorCode.INTERNAL)];
    });
    return { events, reply: result.reply };
  }

  /**
   * The record of a call that failed as a whole: one event; for a composite read, one per part it asked for (each as
   * that part's pattern records a refusal), so every part asked has its record.
   */
  private failureEvents(
    spec: RpcAuditSpec,
    payload: Record<string, unknown>,
    meta: { requestId: string; traceparent?: string; actor: ActorContext | null; claimed?: Partial<ActorContext> },
    outcome: AuditEvent['outcome'],
    reason: string,
  ): AuditEventInput[] {
    const parts = spec.parts;
    const asked = parts && Array.isArray(payload.parts) ? [...new Set(payload.parts)] : [];
    const specs = asked.filter((p): p is string => typeof p === 'string' && Object.hasOwn(parts!, p)).map((p) => parts![p]!);
    if (!specs.length) return [this.event(spec, payload, meta, outcome, reason)];
    return specs.map((p) => this.event(p, payload, meta, outcome, reason));
  }

  private successEvents(spec: PartAuditSpec, payload: Record<string, unknown>, meta: RequestMeta, result: unknown): AuditEventInput[] {
    const items = isPage(result) ? result.items : undefined;
    if (!items) return [this.event(spec, payload, meta, 'success', undefined, result)];
    if (spec.eventPerItem === false) return [this.event(spec, payload, meta, 'success')];
    // A search: one event for the search itself, one per record it returned.
    return [
      this.event(spec, payload, meta, 'success'),
      ...items.map((item) => this.event(spec, {}, meta, 'success', undefined, item)),
    ];
  }

  private event(
    spec: PartAuditSpec,
    payload: Record<string, unknown>,
    meta: { requestId: string; traceparent?: string; actor: ActorContext | null; claimed?: Partial<ActorContext> },
    outcome: AuditEvent['outcome'],
    reason?: string,
    result?: unknown,
  ): AuditEventInput {
    const r = (typeof result === 'object' && result !== null ? result : {}) as Record<string, unknown>;
    const actor = meta.actor;
    const claimed = meta.claimed;
    const derivePatient = spec.patientFromResultId ?? spec.resource === 'patient';
    const patientId = uuidOrUndefined(payload.patientId) ?? uuidOrUndefined(r.patientId) ?? (derivePatient ? uuidOrUndefined(r.id) : undefined);
    const id = uuidOrUndefined(payload[spec.idKey ?? 'id']) ?? uuidOrUndefined(r.id);
    // The event of a search or an export (not of each item it returned) records the filter.
    const recordsQuery = spec.queryKeys !== undefined && !result;
    return {
      action: spec.action,
      outcome,
      ...(reason ? { reason } : {}),
      ...(actor
        ? actorParts(actor, this.source)
        : {
            actor: { principalId: uuidOrUndefined(claimed?.principalId) ?? null, subject: null, roles: [], kind: 'anonymous' as const },
            source: { ...this.source },
            purposeOfUse: 'treatment' as const,
          }),
      resource: { type: spec.resource, ...(id ? { id } : {}), ...(patientId ? { patientId } : {}) },
      ...(recordsQuery ? { query: safeQuery(payload.query, spec.queryKeys) } : {}),
      requestId: meta.requestId,
      ...(meta.traceparent ? { traceId: meta.traceparent.split('-')[1] } : {}),
    };
  }
}

function isPage(v: unknown): v is { items: unknown[] } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { items?: unknown }).items);
}

/** The filter of a search, without free text: only declared keys with plain values; the rest as present. */
function safeQuery(query: unknown, allowed: readonly string[] = []): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  if (typeof query !== 'object' || query === null) return out;
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || k === 'cursor') continue;
    const safe = allowed.includes(k) && (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && SAFE_QUERY_VALUE.test(v)));
    if (safe) out[k] = v as string | number | boolean;
    else if (/^[A-Za-z]{1,40}$/.test(k)) out[k] = '[present]';
  }
  return out;
}
