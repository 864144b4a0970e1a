import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  DomainException, RimoEventDataDto, RimoOrderDto, RimoOrderShippedDto, RimoPrescriptionRefilledDto, RimoTreatmentCreatedDto, RimoTreatmentUpdatedDto,
  toValidationDetails, type PrescriptionStatus, type RimoEventType, type TreatmentStatus,
} from '@pg/contracts';
import { PrescriptionLedger } from '../prescriptions/prescription.ledger.js';
import { PrescriptionRepository, type LoadedPrescriptions } from '../prescriptions/prescription.repository.js';
import { TreatmentLedger } from '../treatments/treatment.ledger.js';
import { TreatmentRepository, type LoadedTreatments } from '../treatments/treatment.repository.js';

/** A Rimo event once its envelope is checked: its type, id, time and validated `data`. */
export interface RimoEvent {
  id: string;
  type: RimoEventType;
  at: Date;
  data: RimoEventDataDto & Partial<RimoTreatmentCreatedDto & RimoTreatmentUpdatedDto & RimoOrderShippedDto & RimoPrescriptionRefilledDto>;
}

const DATA_CLASS: Record<RimoEventType, new () => RimoEventDataDto> = {
  'treatment.created': RimoTreatmentCreatedDto,
  'treatment.updated': RimoTreatmentUpdatedDto,
  'treatment.approved': RimoEventDataDto,
  'treatment.declined': RimoEventDataDto,
  'treatment.cancelled': RimoEventDataDto,
  'order.transmitted': RimoOrderDto,
  'order.processing': RimoOrderDto,
  'order.shipped': RimoOrderShippedDto,
  'order.delivered': RimoOrderDto,
  'order.cancelled': RimoOrderDto,
  'order.failed': RimoOrderDto,
  'prescription.refilled': RimoPrescriptionRefilledDto,
};

/** The treatment status each treatment event moves to (`treatment.updated` names it in `data.status`). */
const TREATMENT_TARGET: Partial<Record<RimoEventType, TreatmentStatus>> = {
  'treatment.approved': 'approved',
  'treatment.declined': 'declined',
  'treatment.cancelled': 'cancelled',
};

const ORDER_STATUS: Partial<Record<RimoEventType, PrescriptionStatus>> = {
  'order.transmitted': 'transmitted',
  'order.processing': 'processing',
  'order.shipped': 'shipped',
  'order.delivered': 'delivered',
  'order.cancelled': 'cancelled',
  'order.failed': 'failed',
};

/**
 * The fields of `data` for the event's type (unknown fields are ignored, so the partner may add some); a missing
 * or malformed one is VALIDATION_FAILED (400).
 */
export function validateRimoData(type: RimoEventType, data: Record<string, unknown>): RimoEvent['data'] {
  const dto = plainToInstance(DATA_CLASS[type], data) as RimoEvent['data'];
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: true });
  if (errors.length) throw DomainException.validation(toValidationDetails(errors, 'data'));
  return dto;
}

type StoredPayload<D = Record<string, unknown>> = { type: RimoEvent['type']; timestamp: string; data: D };

/** A parked event's stored payload as an event again, for its replay (checked again: it may be from long ago). */
export function parkedToEvent(eventId: string, payload: Record<string, unknown>): RimoEvent {
  const p = payload as StoredPayload;
  return { id: eventId, type: p.type, at: new Date(p.timestamp), data: validateRimoData(p.type, p.data) };
}

/**
 * An inbox row's payload as an event again, for its processing: it is what this service validated when it stored
 * the delivery a moment ago (`data` as validated, unknown fields dropped), so it is not validated a second time.
 */
export function inboxToEvent(eventId: string, payload: Record<string, unknown>): RimoEvent {
  const p = payload as StoredPayload<RimoEvent['data']>;
  return { id: eventId, type: p.type, at: new Date(p.timestamp), data: p.data };
}

/** The aggregates a batch of events is about, loaded together (RimoEventApplier.loadFor). */
export interface LoadedAggregates {
  treatments: LoadedTreatments;
  prescriptions: LoadedPrescriptions;
}

/** The aggregate an event is about: a treatment (`treatment.*`) or an order (`order.*`, `prescription.refilled`). */
export function aggregateOf(e: RimoEvent): { kind: 'treatment' | 'order'; externalId: string } {
  return e.type.startsWith('treatment.') ? { kind: 'treatment', externalId: e.data.treatmentId } : { kind: 'order', externalId: e.data.orderId! };
}

/**
 * A Rimo event's effect on the treatment or order it is about, for a known patient. The aggregate is locked for the
 * rest of the transaction, the event is added to its history and the whole history refolded — so an event for a
 * treatment not seen yet waits in the history, and any arrival order ends in the same state.
 */
@Injectable()
export class RimoEventApplier {
  constructor(
    private readonly treatments: TreatmentRepository,
    private readonly treatmentLedger: TreatmentLedger,
    private readonly prescriptions: PrescriptionRepository,
    private readonly prescriptionLedger: PrescriptionLedger,
  ) {}

  /**
   * Every treatment and order the events are about, with their histories, in four queries — for `apply` over a batch
   * whose aggregates the caller locked (the batch is then written by the caller's one flush).
   */
  async loadFor(events: readonly RimoEvent[]): Promise<LoadedAggregates> {
    const of = (kind: 'treatment' | 'order') => events.map(aggregateOf).filter((a) => a.kind === kind).map((a) => a.externalId);
    return { treatments: await this.treatments.loadMany(of('treatment')), prescriptions: await this.prescriptions.loadMany(of('order')) };
  }

  /**
   * The id of the treatment or prescription it touched (null: its treatment is not known yet). `locked`: the caller
   * already holds the aggregate's lock in this transaction (the inbox processor locks a whole batch's at once).
   * `loaded` (with `locked`): the aggregates as `loadFor` loaded them for the caller's batch, kept current as events
   * are recorded; nothing is flushed (the caller writes the batch).
   */
  async apply(e: RimoEvent, patientId: string, locked = false, loaded?: LoadedAggregates): Promise<{ id: string | null }> {
    const d = e.data;
    const reason = d.reason ?? null;
    if (e.type.startsWith('treatment.')) {
      if (!locked) await this.treatments.lock(d.treatmentId);
      const created = e.type === 'treatment.created';
      const to = created ? 'pending' : e.type === 'treatment.updated' ? d.status! : TREATMENT_TARGET[e.type]!;
      const { treatment } = await this.treatmentLedger.record(
        d.treatmentId, { to, at: e.at, source: 'partner', eventId: e.id, reason },
        created ? { patientId, partnerPatientId: d.patientId, product: d.product ?? null } : undefined, loaded?.treatments,
      );
      return { id: treatment?.id ?? null };
    }
    const orderId = d.orderId!;
    if (!locked) await this.prescriptions.lock(orderId);
    const facts = { orderId, patientId, partnerPatientId: d.patientId, treatmentId: d.treatmentId, medication: d.medication ?? null };
    const { prescription } = e.type === 'prescription.refilled'
      ? await this.prescriptionLedger.record(facts, { refill: { of: d.originalOrderId!, number: d.refillNumber! } }, loaded?.prescriptions)
      : await this.prescriptionLedger.record(facts, {
        event: { eventId: e.id, status: ORDER_STATUS[e.type]!, at: e.at, carrier: d.carrier ?? null, trackingNumber: d.trackingNumber ?? null, reason },
      }, loaded?.prescriptions);
    return { id: prescription.id };
  }
}
