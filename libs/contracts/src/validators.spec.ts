import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AddCareTeamMemberDto } from './identity/principal.dto.js';
import { SearchAuditEventsQueryDto } from './audit/audit-event.js';
import { StructuredLabReportDto } from './labs/lab-report.dto.js';
import { SearchLabResultsQueryDto } from './labs/lab-result.dto.js';
import { toValidationDetails, VALIDATION_OPTIONS } from './validation.js';
import { isZonedDateTime } from './validators.js';

describe('isZonedDateTime: a timestamp names one instant, so it carries its UTC offset', () => {
  it.each([
    ['2026-03-01T08:00:00Z'],
    ['2026-03-01T08:00Z'],
    ['2026-03-01T08:00:00.123Z'],
    ['2026-03-01T08:00:00.123456789Z'],
    ['2026-03-01T08:00:00+00:00'],
    ['2026-03-01T08:00:00-06:00'],
    ['2026-03-01T08:00:00+05:30'],
    ['2026-03-01T08:00:00+14:00'],
    ['2024-02-29T23:59:59Z'],
  ])('accepts %s', (value) => {
    expect(isZonedDateTime(value)).toBe(true);
  });

  it.each([
    ['2026-03-01T08:00:00', 'no offset'],
    ['2026-03-01T08:00', 'no offset'],
    ['2026-03-01T08:00:00.000', 'no offset'],
    ['2026-03-01 08:00:00Z', 'space instead of T'],
    ['2026-03-01T08:00:00+0600', 'offset without colon'],
    ['2026-03-01T08:00:00+06', 'offset without minutes'],
    ['2026-03-01T08:00:00+15:00', 'offset beyond ±14:00'],
    ['2026-03-01T24:00:00Z', 'hour 24'],
    ['2026-03-01T08:60:00Z', 'minute 60'],
    ['2026-02-30T08:00:00Z', 'no such day'],
    ['2023-02-29T08:00:00Z', 'not a leap year'],
    ['2026-13-01T08:00:00Z', 'month 13'],
    ['2026-03-01', 'a date where a timestamp is required'],
    ['20260301T080000Z', 'basic format'],
    ['yesterday', 'not a timestamp'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(isZonedDateTime(value)).toBe(false);
  });

  it.each([[1_700_000_000_000], [null], [undefined], [{}]])('refuses the non-string %p', (value) => {
    expect(isZonedDateTime(value)).toBe(false);
  });

  it('takes a calendar date only where the field allows dates, and only a real one', () => {
    expect(isZonedDateTime('2026-03-01', { allowDate: true })).toBe(true);
    expect(isZonedDateTime('2024-02-29', { allowDate: true })).toBe(true);
    expect(isZonedDateTime('2026-02-30', { allowDate: true })).toBe(false);
    expect(isZonedDateTime('2026-03-01T08:00:00', { allowDate: true })).toBe(false);
  });
});

describe('every timestamp field of the API refuses a time without an offset, naming the field', () => {
  const errorsOf = (cls: new () => object, plain: object) =>
    toValidationDetails(validateSync(plainToInstance(cls, plain) as object, VALIDATION_OPTIONS));

  it.each([
    ['lab results ?from=', SearchLabResultsQueryDto, { from: '2026-03-01T08:00:00' }, 'from'],
    ['lab results ?to=', SearchLabResultsQueryDto, { to: '2026-03-01T08:00:00' }, 'to'],
    ['audit events ?from=', SearchAuditEventsQueryDto, { from: '2026-03-01T08:00:00' }, 'from'],
    ['audit events ?to=', SearchAuditEventsQueryDto, { to: '2026-03-01T08:00' }, 'to'],
    ['structured lab input collectedAt', StructuredLabReportDto, { collectedAt: '2026-03-01T08:00:00', results: [{ biomarker: 'glucose', value: 91 }] }, 'collectedAt'],
    ['structured lab result collectedAt', StructuredLabReportDto, { results: [{ biomarker: 'glucose', value: 91, collectedAt: '2026-03-01T08:00:00' }] }, 'results.0.collectedAt'],
    ['care-team since', AddCareTeamMemberDto, { principalId: '6f1c7d0e-2f7b-4a53-9a39-1f4f3c1d2b8a', role: 'clinician', since: '2026-03-01T08:00:00' }, 'since'],
    ['care-team until', AddCareTeamMemberDto, { principalId: '6f1c7d0e-2f7b-4a53-9a39-1f4f3c1d2b8a', role: 'clinician', until: '2026-03-01T08:00:00' }, 'until'],
  ])('%s', (_name, cls, plain, field) => {
    const details = errorsOf(cls as new () => object, plain);
    expect(details).toEqual([{ field, message: expect.stringContaining('UTC offset') }]);
    expect(details[0]?.message?.startsWith(field.split('.').pop()!)).toBe(true);
  });

  it.each([
    [SearchLabResultsQueryDto, { from: '2026-03-01', to: '2026-03-01T08:00:00-06:00' }],
    [SearchAuditEventsQueryDto, { from: '2026-03-01T08:00:00Z' }],
    [StructuredLabReportDto, { collectedAt: '2026-03-01', results: [{ biomarker: 'glucose', value: 91, collectedAt: '2026-03-01T08:00:00+01:00' }] }],
    [AddCareTeamMemberDto, { principalId: '6f1c7d0e-2f7b-4a53-9a39-1f4f3c1d2b8a', role: 'clinician', since: '2026-03-01T08:00:00Z' }],
  ])('accepts zoned timestamps and, where a field takes one, dates (%p)', (cls, plain) => {
    expect(errorsOf(cls as new () => object, plain)).toEqual([]);
  });

  it('a care-team membership starts at an instant, never at a bare date', () => {
    expect(errorsOf(AddCareTeamMemberDto, { principalId: '6f1c7d0e-2f7b-4a53-9a39-1f4f3c1d2b8a', role: 'clinician', since: '2026-03-01' })).toEqual([
      { field: 'since', message: expect.stringContaining('UTC offset') },
    ]);
  });
});
