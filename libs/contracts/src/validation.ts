import { getMetadataStorage, type ValidationError } from 'class-validator';
import { DomainException, ErrorDetail } from './errors.js';

type TargetLookup = (target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];
const MEMOIZED = Symbol('pg:validation-metadata-memoized');

/**
 * class-validator looks up a class's rules on every validation by testing each class that has rules (about 190
 * here) for being an ancestor of it: over half the cost of validating a small payload (a webhook delivery is three
 * validations). The rules only change when a class with rules is defined, so the lookup is remembered per class and
 * options until a rule is added (then forgotten); a validation with groups is looked up as before. Installed once
 * per process, when the contracts are loaded (every DTO is defined through them).
 */
export function memoizeValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: TargetLookup;
    addValidationMetadata: (metadata: unknown) => void;
    [MEMOIZED]?: true;
  };
  if (storage[MEMOIZED]) return;
  storage[MEMOIZED] = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let remembered = new Map<Function, Map<string, unknown[]>>();
  storage.addValidationMetadata = (metadata) => {
    remembered = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups?.length) return lookup(target, schema, always, strictGroups, groups);
    const key = `${schema}|${always}|${strictGroups}`;
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
}
memoizeValidationMetadata();

/** Flattens class-validator errors into API.md's `details`: one entry per field path, no submitted values. */
export function toValidationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) {
      // whitelist errors say "property x should not exist": keep the text, it names the field only.
      out.push({ field, message });
    }
    if (e.children?.length) out.push(...toValidationDetails(e.children, field));
  }
  return out;
}

export function validationException(errors: ValidationError[]): DomainException {
  return DomainException.validation(toValidationDetails(errors));
}

/** The options every ValidationPipe in the system uses: unknown fields refused, payloads turned into classes. */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: validationException,
} as const;
