import type { Communication, Condition, ContactPoint, Encounter, MedicationStatement, Observation, ObservationComponent, Patient } from '@medplum/fhirtypes';
import type { CheckInDto, ConditionDto, ConversationDto, MedicationDto, MessageDto, PatientDto, TimelineEntryDto } from '@pg/contracts';
import { SYSTEMS, US_CORE_BIRTH_SEX, identifierSystem } from '../codes.js';
import { coding, concept, dateTime, ref, sourceIdentifier } from './common.js';

/** profiles-svc's sex at birth → Patient.gender (administrative-gender; `intersex` is `other`). */
const GENDER: Record<string, Patient['gender']> = { female: 'female', male: 'male', intersex: 'other', unknown: 'unknown' };
/** Sex at birth → US Core birth sex (F, M, UNK; its value set has no intersex): what an import reads back. */
const BIRTH_SEX: Record<string, string> = { female: 'F', male: 'M', unknown: 'UNK' };

/** Patient ← profiles-svc's profile (the fields the caller may read: a coordinator's profile has no birth date). */
export function toPatient(p: Partial<PatientDto> & { id: string }): Patient {
  const telecom: ContactPoint[] = [];
  if (p.email) telecom.push({ system: 'email', value: p.email });
  if (p.phone) telecom.push({ system: 'phone', value: p.phone });
  const name = p.familyName || p.givenName ? [{ use: 'official' as const, ...(p.familyName ? { family: p.familyName } : {}), ...(p.givenName ? { given: [p.givenName] } : {}) }] : undefined;
  const a = p.address;
  return {
    resourceType: 'Patient',
    id: p.id,
    ...(p.updatedAt ? { meta: { lastUpdated: dateTime(p.updatedAt) } } : {}),
    ...(p.sexAtBirth && BIRTH_SEX[p.sexAtBirth] ? { extension: [{ url: US_CORE_BIRTH_SEX, valueCode: BIRTH_SEX[p.sexAtBirth] }] } : {}),
    identifier: [sourceIdentifier('patient', p.id), ...(p.identifiers ?? []).map((i) => ({ system: i.system, value: i.value }))],
    ...(p.status ? { active: p.status === 'active' } : {}),
    ...(name ? { name } : {}),
    ...(telecom.length ? { telecom } : {}),
    ...(p.sexAtBirth && GENDER[p.sexAtBirth] ? { gender: GENDER[p.sexAtBirth] } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(a
      ? { address: [{ line: [a.line1, ...(a.line2 ? [a.line2] : [])], city: a.city, ...(a.state ? { state: a.state } : {}), ...(a.postalCode ? { postalCode: a.postalCode } : {}), country: a.country }] }
      : {}),
  };
}

/** Condition ← a condition (its statuses are already FHIR's codes). */
export function toCondition(c: ConditionDto): Condition {
  const codings = c.code.system && c.code.code ? [coding(c.code.system, c.code.code, c.code.display)] : [];
  // con-5: an entered-in-error condition carries no clinical status, and so (con-4) no abatement either.
  const inError = c.verificationStatus === 'entered-in-error';
  return {
    resourceType: 'Condition',
    id: c.id,
    meta: { lastUpdated: dateTime(c.updatedAt) },
    identifier: [sourceIdentifier('condition', c.id)],
    ...(inError ? {} : { clinicalStatus: concept([coding(SYSTEMS.conditionClinical, c.clinicalStatus)]) }),
    ...(c.verificationStatus ? { verificationStatus: concept([coding(SYSTEMS.conditionVerification, c.verificationStatus)]) } : {}),
    code: concept(codings, c.code.display),
    subject: ref(c.patientId),
    ...(c.onsetDate ? { onsetDateTime: c.onsetDate } : {}),
    ...(c.abatementDate && !inError ? { abatementDateTime: c.abatementDate } : {}),
    recordedDate: dateTime(c.createdAt),
    ...(c.note ? { note: [{ text: c.note }] } : {}),
  };
}

/** MedicationStatement ← a medication the patient takes (its statuses are MedicationStatement's codes). */
export function toMedicationStatement(m: MedicationDto): MedicationStatement {
  const codings = m.code ? [coding(m.code.system, m.code.code, m.code.display ?? undefined)] : [];
  const dosageText = [m.dose, m.frequency].filter(Boolean).join(', ');
  const dosage = dosageText || m.route ? [{ ...(dosageText ? { text: dosageText } : {}), ...(m.route ? { route: { text: m.route } } : {}) }] : undefined;
  return {
    resourceType: 'MedicationStatement',
    id: m.id,
    meta: { lastUpdated: dateTime(m.updatedAt) },
    identifier: [sourceIdentifier('medication', m.id)],
    status: m.status,
    medicationCodeableConcept: concept(codings, m.name),
    subject: ref(m.patientId),
    ...(m.startDate || m.endDate ? { effectivePeriod: { ...(m.startDate ? { start: m.startDate } : {}), ...(m.endDate ? { end: m.endDate } : {}) } } : {}),
    dateAsserted: dateTime(m.createdAt),
    ...(dosage ? { dosage } : {}),
    ...(m.note ? { note: [{ text: m.note }] } : {}),
  };
}

const CHECK_IN_METRICS = [
  ['energy', 'Energy'],
  ['mood', 'Mood'],
  ['focus', 'Focus'],
  ['sleepQuality', 'Sleep quality'],
] as const;

/** Observation (category survey) ← a daily check-in: one component per 0–10 score. */
export function toCheckInObservation(c: CheckInDto): Observation {
  const system = identifierSystem('check-in');
  const component: ObservationComponent[] = CHECK_IN_METRICS.map(([key, display]) => ({
    code: concept([coding(system, key, display)], display),
    valueInteger: c[key],
  }));
  return {
    resourceType: 'Observation',
    id: c.id,
    meta: { lastUpdated: dateTime(c.updatedAt) },
    identifier: [sourceIdentifier('check-in', c.id)],
    status: 'final',
    category: [concept([coding(SYSTEMS.observationCategory, 'survey', 'Survey')])],
    code: concept([coding(system, 'daily-check-in', 'Daily check-in')], 'Daily check-in (0–10 scores)'),
    subject: ref(c.patientId),
    effectiveDateTime: c.date,
    issued: dateTime(c.updatedAt),
    component,
    ...(c.note ? { note: [{ text: c.note }] } : {}),
  };
}

/** Who said a message: the patient is a reference; the others are named by role (no Practitioner/Device resources). */
function speaker(m: MessageDto): Communication['sender'] {
  return m.role === 'patient' ? ref(m.patientId) : { display: m.role };
}

/** Communication ← one message of a conversation (the conversation is named by an identifier and the topic). */
export function toCommunication(m: MessageDto, conversation: Pick<ConversationDto, 'id' | 'channel' | 'title'>): Communication {
  return {
    resourceType: 'Communication',
    id: m.id,
    identifier: [sourceIdentifier('message', m.id), sourceIdentifier('conversation', conversation.id)],
    status: 'completed',
    subject: ref(m.patientId),
    topic: concept([coding(identifierSystem('conversation-channel'), conversation.channel)], conversation.title ?? `${conversation.channel} conversation`),
    sent: dateTime(m.at),
    sender: speaker(m),
    ...(m.role !== 'patient' ? { recipient: [ref(m.patientId)] } : {}),
    payload: [{ contentString: m.content }],
  };
}

/** The HL7 v3 ActCode system of Encounter.class; NullFlavor UNK when the source gave none (class is required). */
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const NULL_FLAVOR = 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor';

type CodedSummary = { system?: unknown; code?: unknown; display?: unknown } | null | undefined;
const codedOf = (v: unknown) => {
  const c = v as CodedSummary;
  return c && typeof c.system === 'string' && typeof c.code === 'string' ? coding(c.system, c.code, typeof c.display === 'string' ? c.display : undefined) : undefined;
};

/**
 * Encounter ← a timeline entry of type `encounter` (an encounter an import brought: class, type code, reason code and
 * end are in its summary, the type's text is its title). The source's status is not kept: an encounter with an end
 * is `finished`, one without is `unknown`.
 */
export function toEncounter(e: TimelineEntryDto): Encounter {
  const s = e.summary as Record<string, unknown>;
  const type = codedOf(s.code);
  const reason = codedOf(s.reason);
  const endedAt = typeof s.endedAt === 'string' ? s.endedAt : undefined;
  return {
    resourceType: 'Encounter',
    id: e.id,
    identifier: [sourceIdentifier('encounter', e.id)],
    status: endedAt ? 'finished' : 'unknown',
    class: typeof s.class === 'string' ? coding(ACT_CODE, s.class) : coding(NULL_FLAVOR, 'UNK', 'unknown'),
    ...(type || e.title ? { type: [concept(type ? [type] : [], e.title)] } : {}),
    subject: ref(e.patientId),
    period: { start: dateTime(e.occurredAt)!, ...(endedAt ? { end: dateTime(endedAt)! } : {}) },
    ...(reason ? { reasonCode: [concept([reason])] } : {}),
  };
}
