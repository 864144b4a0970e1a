import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** A calendar date `YYYY-MM-DD` that exists and is not in the future. */
export function IsPastDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPastDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a real date YYYY-MM-DD, not in the future`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && d.getTime() <= Date.now() && d.getUTCFullYear() >= 1900;
        },
      },
    });
}

/** A phone number libphonenumber-js accepts as valid (international form, or national with a default region of US). */
export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPhone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be a valid phone number`, ...options },
      validator: {
        validate(value: unknown, _args: ValidationArguments) {
          return typeof value === 'string' && value.length <= 32 && normalizePhone(value) !== null;
        },
      },
    });
}

/** E.164 form of a phone number, or null when it is not a valid number. */
export function normalizePhone(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, 'US');
  return parsed && parsed.isValid() ? parsed.number : null;
}

/** Query-string booleans: exactly `true` or `false`; anything else stays as it is and fails @IsBoolean. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID (any version), for values that come from outside a DTO: path params, cursors, message fields. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
