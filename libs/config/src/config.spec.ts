import { ConfigError, loadBaseConfig, loadLabsServiceConfig } from './index.js';

describe('labs-svc config: HL7_FACILITY_TIME_ZONES', () => {
  it('maps sending facilities to IANA zones; none configured is an empty map', () => {
    expect(loadLabsServiceConfig({ HL7_FACILITY_TIME_ZONES: '{"ACME LAB":"America/Chicago","2.16.840.1":"Europe/Berlin"}' }).labs.hl7FacilityTimeZones)
      .toEqual({ 'ACME LAB': 'America/Chicago', '2.16.840.1': 'Europe/Berlin' });
    expect(loadLabsServiceConfig({}).labs.hl7FacilityTimeZones).toEqual({});
  });

  it.each([
    ['not json', /JSON object/],
    ['["America/Chicago"]', /JSON object/],
    ['{"ACME LAB":-6}', /JSON object/],
    ['{"ACME LAB":"Central Time"}', /"Central Time" \(for ACME LAB\) is not an IANA time zone/],
    ['{"ACME LAB":"America/Chicagoo"}', /not an IANA time zone/],
  ])('stops the boot on %p', (raw, message) => {
    expect(() => loadLabsServiceConfig({ HL7_FACILITY_TIME_ZONES: raw })).toThrow(ConfigError);
    expect(() => loadLabsServiceConfig({ HL7_FACILITY_TIME_ZONES: raw })).toThrow(message);
  });
});

describe('EVENTS_MAX_AGE_HOURS', () => {
  it('is 7 days unless set, and a positive number of hours', () => {
    expect(loadBaseConfig({}).eventsStream).toEqual({ maxAgeHours: 168 });
    expect(loadBaseConfig({ EVENTS_MAX_AGE_HOURS: '24' }).eventsStream).toEqual({ maxAgeHours: 24 });
    expect(() => loadBaseConfig({ EVENTS_MAX_AGE_HOURS: '0' })).toThrow(ConfigError);
    expect(() => loadBaseConfig({ EVENTS_MAX_AGE_HOURS: 'a week' })).toThrow(ConfigError);
  });
});
