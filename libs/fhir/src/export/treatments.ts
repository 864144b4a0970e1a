import type { CarePlan, CarePlanActivity, MedicationDispense, MedicationRequest } from '@medplum/fhirtypes';
import type { PrescriptionDto, ProtocolDto } from '@pg/contracts';
import { PRESCRIPTION_FHIR_STATUS, PROTOCOL_CAREPLAN_STATUS, PROTOCOL_ROUTE_EXTENSION, PROTOCOL_TIME_ZONE_EXTENSION } from '../codes.js';
import { concept, dateTime, derivedId, masked, quantity, ref, sourceIdentifier } from './common.js';

/** Protocol status → each activity's status (careplan-activity-status). */
const ACTIVITY_STATUS = {
  draft: 'not-started',
  active: 'in-progress',
  paused: 'on-hold',
  completed: 'completed',
  cancelled: 'cancelled',
} as const;

/**
 * CarePlan (intent plan) ← the newest version of a protocol: one activity per item (compound, dose, route, RRULE).
 * The route and the schedules' time zone go in this system's extensions (CarePlan has no element for them), so an
 * import of the export gets the same protocol back (libs/fhir/src/import/care-plan.ts).
 */
export function toCarePlan(p: ProtocolDto): CarePlan {
  const activity: CarePlanActivity[] = p.items.map((item) => ({
    detail: {
      extension: [{ url: PROTOCOL_ROUTE_EXTENSION, valueCode: item.route }],
      kind: 'MedicationRequest',
      code: concept([], item.compound),
      status: ACTIVITY_STATUS[p.status],
      productCodeableConcept: concept([], item.compound),
      quantity: quantity(item.dose, item.unit),
      scheduledString: item.schedule.dtstart ? `${item.schedule.rrule} (from ${item.schedule.dtstart})` : item.schedule.rrule,
      description: [`${item.dose} ${item.unit} ${item.route}`, item.instructions].filter(Boolean).join('; '),
    },
  }));
  return {
    resourceType: 'CarePlan',
    id: p.id,
    extension: [{ url: PROTOCOL_TIME_ZONE_EXTENSION, valueCode: p.timeZone }],
    identifier: [sourceIdentifier('protocol', p.id), sourceIdentifier('protocol-version', `${p.id}/${p.version}`)],
    status: PROTOCOL_CAREPLAN_STATUS[p.status],
    intent: 'plan',
    title: p.name,
    subject: ref(p.patientId),
    period: { start: p.startDate, ...(p.endDate ? { end: p.endDate } : {}) },
    created: dateTime(p.createdAt),
    ...(activity.length ? { activity } : {}),
  };
}

/** The partner's order id (Rimo), kept on both resources of a prescription. */
const ORDER_SYSTEM = 'urn:patient-graph:rimo-order';

/**
 * MedicationRequest + MedicationDispense ← one prescription and its fulfilment state (docs/fhir.md has the table:
 * the request is the order, the dispense the pharmacy's work on it; `created` has no dispense yet). A medication the
 * caller may not read (a coordinator sees status and parcel only) is a masked CodeableConcept.
 */
export function toPrescriptionResources(p: PrescriptionDto): { request: MedicationRequest; dispense?: MedicationDispense } {
  const mapped = PRESCRIPTION_FHIR_STATUS[p.status];
  const medication = p.medication ? concept([], p.medication) : masked();
  const identifier = [sourceIdentifier('prescription', p.id), { system: ORDER_SYSTEM, value: p.externalId }];
  const request: MedicationRequest = {
    resourceType: 'MedicationRequest',
    id: p.id,
    meta: { lastUpdated: dateTime(p.updatedAt) },
    identifier,
    status: mapped.request,
    intent: 'order',
    medicationCodeableConcept: medication,
    subject: ref(p.patientId),
    authoredOn: dateTime(p.createdAt),
    ...(p.refillOf ? { groupIdentifier: { system: ORDER_SYSTEM, value: p.refillOf } } : {}),
    ...(p.refillNumber ? { note: [{ text: `Refill ${p.refillNumber}` }] } : {}),
  };
  if (!mapped.dispense) return { request };
  const parcel = [p.carrier, p.trackingNumber].filter(Boolean).join(' ');
  const dispense: MedicationDispense = {
    resourceType: 'MedicationDispense',
    id: derivedId('MedicationDispense', p.id),
    meta: { lastUpdated: dateTime(p.updatedAt) },
    identifier,
    status: mapped.dispense,
    medicationCodeableConcept: medication,
    subject: ref(p.patientId),
    authorizingPrescription: [ref(p.id)],
    ...(p.status === 'delivered' ? { whenHandedOver: dateTime(p.updatedAt) } : {}),
    ...(parcel ? { note: [{ text: `Shipped by ${parcel}` }] } : {}),
  };
  return { request, dispense };
}
