import type { ValidationError } from 'class-validator';
import { DomainException, ErrorDetail } from './errors.js';

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
