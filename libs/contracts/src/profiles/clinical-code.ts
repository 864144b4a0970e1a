import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/**
 * The code systems a condition or a medication may be coded in (FHIR canonical URIs), and the shape of a code in
 * each. Shapes are checked, not membership in the terminology (that needs a licensed release): a SNOMED CT
 * identifier's Verhoeff check digit and partition, an ICD-10-CM code's letter–digit pattern, an RxNorm RXCUI's digits.
 */
export const CODE_SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[keyof typeof CODE_SYSTEMS];

/** Conditions: SNOMED CT clinical findings or ICD-10-CM diagnoses. Medications: RxNorm, or SNOMED CT products. */
export const CONDITION_CODE_SYSTEMS: readonly CodeSystem[] = [CODE_SYSTEMS.snomed, CODE_SYSTEMS.icd10cm];
export const MEDICATION_CODE_SYSTEMS: readonly CodeSystem[] = [CODE_SYSTEMS.rxnorm, CODE_SYSTEMS.snomed];

// Verhoeff's dihedral group D5: multiplication, permutation and inverse tables.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Whether a string of digits ends in its Verhoeff check digit (the whole number checks to 0). */
export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) c = D[c]![P[i % 8]![Number(digits[n - 1 - i])]!]!;
  return c === 0;
}

/**
 * A SNOMED CT concept identifier: 6 to 18 digits, no leading zero, a valid Verhoeff check digit, and the partition
 * of a concept (the two digits before the check digit: `00` short format, `10` extension/long format).
 * Description and relationship ids (partitions 01, 02, 11, 12) are not concepts and are refused.
 */
export function isSnomedConceptId(code: string): boolean {
  return /^[1-9]\d{5,17}$/.test(code) && verhoeffValid(code) && ['00', '10'].includes(code.slice(-3, -1));
}

/** An ICD-10-CM code as printed: a letter, a digit, a digit or letter, then optionally a dot and 1–4 more (`E11.9`, `I10`, `S72.001A`). */
export function isIcd10CmCode(code: string): boolean {
  return /^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/.test(code);
}

/** An RxNorm concept unique identifier (RXCUI): digits, no leading zero, at most 8. */
export function isRxNormCui(code: string): boolean {
  return /^[1-9]\d{0,7}$/.test(code);
}

/** Why a code does not fit its system, or null when it does. */
export function codeProblem(system: string, code: string, allowed: readonly string[]): string | null {
  if (!allowed.includes(system)) return `system must be one of ${allowed.join(', ')}`;
  switch (system) {
    case CODE_SYSTEMS.snomed:
      return isSnomedConceptId(code) ? null : 'code must be a SNOMED CT concept id (6–18 digits, a valid Verhoeff check digit, concept partition)';
    case CODE_SYSTEMS.icd10cm:
      return isIcd10CmCode(code) ? null : 'code must be an ICD-10-CM code such as E11.9';
    case CODE_SYSTEMS.rxnorm:
      return isRxNormCui(code) ? null : 'code must be an RxNorm RXCUI (digits)';
    default:
      return `system must be one of ${allowed.join(', ')}`;
  }
}

/**
 * On a coding object `{ system?, code?, display }`: system and code come together, the system is one of `allowed`
 * and the code has that system's shape. Put on the `code` property of the coding class.
 */
export function IsCodeOf(allowed: readonly CodeSystem[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    JSONSchema({
      type: 'string',
      maxLength: 20,
      description: 'The code in `system`: SNOMED CT concept id (digits, Verhoeff check digit), ICD-10-CM (`E11.9`) or RxNorm RXCUI (digits)',
      example: '44054006',
    })(target, propertyName as string);
    registerDecorator({
      name: 'isCodeOf',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const system = (args.object as { system?: unknown }).system;
          if (value === undefined && system === undefined) return true;
          if (typeof value !== 'string' || value.length > 20) return false;
          // An unknown system is the `system` field's error (its own check names it), not this one's.
          if (typeof system !== 'string' || !allowed.includes(system as CodeSystem)) return true;
          return codeProblem(system, value, allowed) === null;
        },
        defaultMessage(args: ValidationArguments) {
          const system = (args.object as { system?: unknown }).system;
          if (typeof args.value !== 'string') return 'code is a string, given together with system';
          if (args.value.length > 20) return 'code is at most 20 characters';
          return codeProblem(String(system), args.value, allowed) ?? 'code is not valid';
        },
      },
    });
  };
}
