import type { Communication, Condition, ContactPoint, MedicationStatement, Observation, ObservationComponent, Patient } from '@medplum/fhirtypes';
import type { CheckInDto, ConditionDto, ConversationDto, MedicationDto, MessageDto, PatientDto } from '@pg/contracts';
import { SYSTEMS, identifierSystem } from '../codes.js';
import { coding, concept, dateTime, ref, sourceIdentifier } from './common.js';

/** profiles-svc's sex at birth → Patient.gender (administrative-gender; `intersex` is `other`). */
const GENDER: Record<string, Patient['gender']> = { female: 'female', male: 'male', intersex: 'other', unknown: 'unknown' };

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
