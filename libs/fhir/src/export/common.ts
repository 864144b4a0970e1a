import { createHash } from 'node:crypto';
import type { CodeableConcept, Coding, Identifier, Quantity, Reference, Resource } from '@medplum/fhirtypes';
import { identifierSystem, SYSTEMS } from '../codes.js';
import { ucumCode } from '../ucum.js';

/**
 * Building blocks of the export mapping. Every exported resource gets a UUID id and the fullUrl `urn:uuid:<id>`,
 * and references use those URNs, so a Bundle stands on its own (no server base URL is implied) and an import
 * resolves it like any transaction Bundle. A row that is one resource keeps its own UUID; a resource derived from
 * a row (a prescription's MedicationDispense, a day's wearable summary) gets a name-based UUID (RFC 4122 v5 layout
 * over SHA-1) of what it is derived from, so exporting twice gives the same ids.
 */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u001f')).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const urn = (id: string): string => `urn:uuid:${id}`;
// Typed as any target: a URN says nothing of the type, the Bundle does.
export const ref = <T extends Resource = Resource>(id: string, display?: string): Reference<T> => ({ reference: urn(id), ...(display ? { display } : {}) }) as Reference<T>;

/** This system's id of the row a resource comes from: `urn:patient-graph:<kind>` | id. */
export const sourceIdentifier = (kind: string, id: string): Identifier => ({ system: identifierSystem(kind), value: id });

export const coding = (system: string, code: string, display?: string): Coding => ({ system, code, ...(display ? { display } : {}) });
export const concept = (codings: Coding[], text?: string | null): CodeableConcept => ({
  ...(codings.length ? { coding: codings } : {}),
  ...(text ? { text } : {}),
});

/** A FHIR `instant`/`dateTime` needs a zone: ISO strings from the services carry `Z`; dates stay dates. */
export function dateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(value).toISOString();
}

/** Units already asked about (an export repeats a handful of units; an import's are the bundle's): capped. */
const ucumCache = new Map<string, boolean>();
const UCUM_CACHE_CAP = 10_000;

/** Whether `unit` is a valid UCUM expression (then it is coded with system UCUM, else kept as printed text). */
export function isUcum(unit: string): boolean {
  let ok = ucumCache.get(unit);
  if (ok === undefined) {
    // Through ucumCode: ucum-lhc called directly writes a unit it cannot parse to the console (a result's printed
    // unit, a bundle's free-text `unit`), see ucum.ts.
    ok = ucumCode(unit) !== null;
    if (ucumCache.size >= UCUM_CACHE_CAP) ucumCache.clear();
    ucumCache.set(unit, ok);
  }
  return ok;
}

export function quantity(value: number, unit: string | null | undefined): Quantity {
  if (!unit) return { value };
  return isUcum(unit) ? { value, unit, system: SYSTEMS.ucum, code: unit } : { value, unit };
}

/** A CodeableConcept whose content the caller may not read: marked with data-absent-reason `masked`. */
export const masked = (): CodeableConcept => ({
  extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }],
});
