import { isHl7, parseHl7 } from './hl7.parser.js';

const msg = (...segments: string[]) => segments.join('\r');
const MSH = 'MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240301101500-0500||ORU^R01^ORU_R01|1|P|2.5.1';

describe('parseHl7 (ORU^R01)', () => {
  it('recognises a message by its MSH segment, with or without a BOM', () => {
    expect(isHl7(`\uFEFF${MSH}`)).toBe(true);
    expect(isHl7('Glucose 92 mg/dL 70-99')).toBe(false);
  });

  it('reads OBX values, codes, units, ranges and flags; OBR-7 is the collection time', () => {
    const r = parseHl7(msg(
      MSH,
      'PID|1||123^^^HOSP^MR||ROE^JANE',
      'OBR|1|A1|B1|24323-8^Comprehensive metabolic panel^LN|||20240301083000-0500',
      'OBX|1|NM|2345-7^Glucose^LN||145|mg/dL^mg/dL^UCUM|70-99|H|||F',
      'OBX|2|SN|2823-3^Potassium^LN||<^2.5|mmol/L|3.5-5.1|LL|||F',
      'OBX|3|ST|5778-6^Color of Urine^LN||Yellow||Yellow|N|||F',
      'OBX|4|CE|25428-4^Glucose [Presence] in Urine^LN||NEG^Negative^L||Negative||||F',
      'NTE|1||Fasting specimen',
      'OBX|5|NM|2160-0^Creatinine^LN||0.9|mg/dL|0.7\\T\\1.3 by method||||C',
    ));
    expect(r.layout).toBe('hl7v2');
    expect(r.warnings).toEqual([]);
    expect(r.reportedAt).toBe('2024-03-01T15:15:00.000Z');
    expect(r.rows.map(({ line: _l, ...row }) => row)).toEqual([
      { name: 'Glucose', value: 145, unit: 'mg/dL', rangeText: '70-99', flag: 'H', code: { system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }, collectedAt: '2024-03-01T13:30:00.000Z' },
      { name: 'Potassium', value: 2.5, comparator: '<', valueText: '<2.5', unit: 'mmol/L', rangeText: '3.5-5.1', flag: 'LL', code: { system: 'http://loinc.org', code: '2823-3', display: 'Potassium' }, collectedAt: '2024-03-01T13:30:00.000Z' },
      { name: 'Color of Urine', value: null, valueText: 'Yellow', rangeText: 'Yellow', flag: 'N', code: { system: 'http://loinc.org', code: '5778-6', display: 'Color of Urine' }, collectedAt: '2024-03-01T13:30:00.000Z' },
      { name: 'Glucose [Presence] in Urine', value: null, valueText: 'Negative', rangeText: 'Negative', comment: 'Fasting specimen', code: { system: 'http://loinc.org', code: '25428-4', display: 'Glucose [Presence] in Urine' }, collectedAt: '2024-03-01T13:30:00.000Z' },
      { name: 'Creatinine', value: 0.9, unit: 'mg/dL', rangeText: '0.7&1.3 by method', code: { system: 'http://loinc.org', code: '2160-0', display: 'Creatinine' }, collectedAt: '2024-03-01T13:30:00.000Z' },
    ]);
  });

  it('takes the time from the order\'s SPM-17, then OBX-14, then MSH-7, when OBR-7 is empty', () => {
    const r = parseHl7([
      MSH,
      'OBR|1|A1|B1|x^y^LN',
      'OBX|1|NM|2345-7^Glucose^LN||92|mg/dL|||||F|||20240301090000-0500',
      'SPM|1|S1||BLD|||||||P||||||20240301070000-0500',
      'OBR|2|A2|B2|x^y^LN',
      'OBX|1|NM|2160-0^Creatinine^LN||0.9|mg/dL|||||F|||20240301090000-0500',
      'OBR|3|A3|B3|x^y^LN',
      'OBX|1|NM|2951-2^Sodium^LN||140|mmol/L|||||F',
    ].join('\n'));
    expect(r.rows.map((x) => [x.name, x.collectedAt])).toEqual([
      ['Glucose', '2024-03-01T12:00:00.000Z'],
      ['Creatinine', '2024-03-01T14:00:00.000Z'],
      ['Sodium', '2024-03-01T15:15:00.000Z'],
    ]);
  });

  it('turns an OBX without a value, or that is not a result, into a warning naming it; other messages are said', () => {
    const r = parseHl7(msg(
      'MSH|^~\\&|LAB||EHR||20240301||ADT^A01|1|P|2.5',
      'OBX|1|NM|2345-7^Glucose^LN||||||||I',
      'OBX|2|NM|2160-0^Creatinine^LN||0.9|mg/dL|||||D',
      'OBX|3|NM|2951-2^Sodium^LN||""|mmol/L|||||F',
      'garbage line',
    ));
    expect(r.rows).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['not-oru-r01', 1, 'The message type is ADT, not ORU^R01; its OBX segments were read anyway'],
      ['no-value', 2, 'OBX 1 (Glucose) has no value (status I: the result is pending)'],
      ['not-a-result', 3, 'OBX 2 (Creatinine) was not read: its status D means deleted'],
      ['no-value', 4, 'OBX 3 (Sodium) has no value (status F)'],
      ['unreadable-segment', 5, 'This line is not an HL7 segment'],
    ]);
  });
});

describe('parseHl7: NTE comments belong to the OBX before them', () => {
  it('keeps every NTE (and each repetition of NTE-3) with its result, in order; an order\'s NTE is a warning, not a row', () => {
    const r = parseHl7(msg(
      MSH,
      'OBR|1|A1|B1|57021-8^CBC W Auto Differential panel - Blood^LN|||20240301083000-0500',
      'NTE|1|L|Specimen received at room temperature',
      'OBX|1|NM|6690-2^WBC^LN||11.8|10*3/uL|4.0-10.5|H|||F',
      'NTE|1|L|Verified by repeat analysis.',
      'NTE|2|L|Method: impedance~Flagged for smear review',
      'OBX|2|NM|718-7^Hemoglobin^LN||13.9|g/dL|13.0-17.0|N|||F',
      'OBX|3|NM|777-3^Platelets^LN||PND|10*3/uL|150-400||||I',
      'NTE|1|L|Platelet clumps seen',
    ));
    expect(r.rows.map((x) => [x.name, x.comment])).toEqual([
      ['WBC', 'Verified by repeat analysis.\nMethod: impedance Flagged for smear review'],
      ['Hemoglobin', undefined],
    ]);
    expect(r.warnings.filter((w) => w.code === 'comment-not-attached').map((w) => [w.line, w.text]))
      .toEqual([[3, 'Specimen received at room temperature'], [9, 'Platelet clumps seen']]);
  });
});

describe('parseHl7: times without an offset are the sending facility\'s (MSH-4)', () => {
  const message = (msh4: string, obr7: string) => msg(
    `MSH|^~\\&|LIS|${msh4}|EHR|CLINIC|20240315090000||ORU^R01|1|P|2.5.1`,
    `OBR|1|A1|B1|24323-8^Comprehensive metabolic panel^LN|||${obr7}`,
    'OBX|1|NM|2345-7^Glucose^LN||92|mg/dL|70-99||||F',
  );
  const zones = { 'ACME LAB': 'America/Chicago', '2.16.840.1.113883.3.999': 'Europe/Berlin' };

  it.each([
    // MSH-4, OBR-7, configured zones, collectedAt, warning?
    ['ACME LAB', '20240315083000', zones, '2024-03-15T13:30:00.000Z', false],
    ['acme lab', '20240115083000', zones, '2024-01-15T14:30:00.000Z', false],
    ['ACME LAB', '20240310023000', zones, '2024-03-10T08:30:00.000Z', false],
    ['OTHER^2.16.840.1.113883.3.999^ISO', '20240701120000', zones, '2024-07-01T10:00:00.000Z', false],
    ['ACME LAB', '20240315083000-0400', zones, '2024-03-15T12:30:00.000Z', false],
    ['ACME LAB', '20240315083000', {}, '2024-03-15T08:30:00.000Z', true],
    ['OTHER LAB', '20240315083000', zones, '2024-03-15T08:30:00.000Z', true],
  ] as const)('MSH-4 %p, OBR-7 %p', (msh4, obr7, facilityZones, collectedAt, warned) => {
    const r = parseHl7(message(msh4, obr7), { facilityZones });
    expect(r.rows.map((row) => row.collectedAt)).toEqual([collectedAt]);
    expect(r.warnings.filter((w) => w.code === 'time-without-offset').length).toBe(warned ? 1 : 0);
  });

  it('says which facility had no zone, once per message, and that the times were read as UTC', () => {
    const r = parseHl7(message('OTHER LAB', '20240315083000'), { facilityZones: zones });
    expect(r.warnings).toEqual([{
      code: 'time-without-offset',
      message: 'Times in this message have no UTC offset and no time zone is configured for the sending facility "OTHER LAB": they were read as UTC',
      line: 1,
    }]);
    expect(r.reportedAt).toBe('2024-03-15T09:00:00.000Z');
  });

  it('a message whose times all carry offsets, or are dates, needs no zone and gets no warning', () => {
    expect(parseHl7(message('NOWHERE', '20240315083000-0500').replace('20240315090000', '20240315090000-0500')).warnings).toEqual([]);
    expect(parseHl7(message('NOWHERE', '20240315').replace('20240315090000', '20240315')).warnings).toEqual([]);
  });
});

describe('parseHl7: OBX segments that are no results', () => {
  it('a comment sent as an OBX is the previous result\'s comment; a specimen\'s description and text under a bare local code are warnings', () => {
    const r = parseHl7(msg(
      MSH,
      'OBR|1|A1|B1|083824^PANEL^L|||20240301083000-0500',
      'OBX|1|NM|2345-7^Glucose^LN||95|mg/dL|70-99|N|||F',
      'OBX|2|ST|COMMENT^Comment||Specimen received 2 hours late|||||F',
      'OBX|3|CE|169999^.^L||SPRCS|||||F',
      'OBX|4|ST|1234^Specimen Source||Serum|||||F',
      'OBX|5|ST|5778-6^Color of Urine^LN||Yellow|||||F',
    ));
    expect(r.rows.map((x) => [x.name, x.value ?? x.valueText, x.comment ?? null])).toEqual([
      ['Glucose', 95, 'Specimen received 2 hours late'],
      ['Color of Urine', 'Yellow', null],
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['not-a-result', 5], ['not-a-result', 6]]);
  });

  it('a comment OBX after an OBX that was not read (pending) is not put on the result before that one', () => {
    const r = parseHl7(msg(
      MSH,
      'OBR|1|A1|B1|083824^PANEL^L|||20240301083000-0500',
      'OBX|1|NM|718-7^Hemoglobin^LN||14.1|g/dL|12.0-15.5|N|||F',
      'OBX|2|ST|2345-7^Glucose^LN||Pending|||||F',
      'OBX|3|ST|COMMENT^Comment||Specimen hemolysed, glucose to be repeated|||||F',
    ));
    expect(r.rows.map((x) => [x.name, x.comment ?? null])).toEqual([['Hemoglobin', null]]);
    expect(r.warnings.map((w) => w.code)).toContain('comment-not-attached');
  });

  it('a comment OBX before any result is kept as a warning with its text', () => {
    const r = parseHl7(msg(MSH, 'OBR|1|A1|B1|083824^PANEL^L', 'OBX|1|ST|NOTE^Note||Fasting sample|||||F'));
    expect(r.rows).toEqual([]);
    expect(r.warnings).toEqual([{ code: 'comment-not-attached', message: 'A comment (OBX) that follows no result that was read', line: 3, text: 'Fasting sample' }]);
  });
});
