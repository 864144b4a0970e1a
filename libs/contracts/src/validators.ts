import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
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

const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * An ISO 8601 instant that says which instant it is: date, time and a UTC offset (`Z` or `±hh:mm`), e.g.
 * `2026-03-01T08:00:00Z` or `2026-03-01T08:00:00-06:00`. `2026-03-01T08:00:00` names no instant (whose 08:00?) and
 * is refused. With `allowDate`, a calendar date `YYYY-MM-DD` is accepted too (a date, not a time: the fields that
 * take one say what a date means, e.g. the whole UTC day).
 */
export function isZonedDateTime(value: unknown, opts: { allowDate?: boolean } = {}): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const date = DATE_ONLY.exec(value);
  if (date) return !!opts.allowDate && isCalendarDate(Number(date[1]), Number(date[2]), Number(date[3]));
  const m = ZONED_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, hh, mi, ss = '0', , oh = '0', om = '0'] = m;
  return isCalendarDate(Number(y), Number(mo), Number(d)) && Number(hh) <= 23 && Number(mi) <= 59 && Number(ss) <= 59
    && Number(oh) <= 14 && Number(om) <= 59;
}

/**
 * The one validator of timestamps in the API: see isZonedDateTime. The message names the field and the rule; the
 * OpenAPI schema says `format: date-time` (RFC 3339, which requires the offset too).
 */
export function IsZonedDateTime(opts: { allowDate?: boolean } = {}, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    JSONSchema({
      type: 'string',
      format: 'date-time',
      description: `ISO 8601 with a UTC offset (Z or ±hh:mm), e.g. 2026-03-01T08:00:00Z${opts.allowDate ? '; or a date YYYY-MM-DD (that day, UTC)' : ''}`,
    })(target, propertyName as string);
    registerDecorator({
      name: 'isZonedDateTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an ISO 8601 timestamp with a UTC offset (Z or ±hh:mm), e.g. 2026-03-01T08:00:00Z${opts.allowDate ? ', or a date YYYY-MM-DD' : ''}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => isZonedDateTime(value, opts),
      },
    });
  };
}
