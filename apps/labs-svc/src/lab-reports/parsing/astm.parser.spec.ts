import { isAstm, parseAstm } from './astm.parser.js';

const KNOWN = new Set(['ALT', 'AST', 'WBC', 'HGB', 'Glucose', 'GLU', 'Potassium']);
const knows = (name: string) => KNOWN.has(name);
const rowsOf = (r: ReturnType<typeof parseAstm>) => r.rows.map(({ line: _l, ...row }) => row);

describe('parseAstm (ASTM E1394 / CLSI LIS2-A2)', () => {
  it('recognises a message by its header and delimiter definition, framed or not; HL7 and text are not one', () => {
    expect(isAstm('H|\\^&|||Mindray^BA-88A^1.0\rP|1')).toBe(true);
    expect(isAstm('\x021H|\\^&|||XN-350^00-22^11001^^^^12345678||||||||E1394-97\r\x03A7\r\n\x022P|1\r\x03B1\r\n')).toBe(true);
    expect(isAstm('<STX>1H|\\^&|||cobas<CR><ETX>5C<CR><LF><STX>2P|1<CR><ETX>B1<CR><LF>')).toBe(true);
    // A header with no record after it (labs25astm fix): a printed title can begin with four signs.
    expect(isAstm('<STX>1H|\\^&|||cobas<CR><ETX>5C<CR><LF>')).toBe(false);
    expect(isAstm('H*/-+ Laboratory summary\nHemoglobin 13.5 g/dL 12.0-16.0')).toBe(false);
    expect(isAstm('MSH|^~\\&|LAB|HOSP')).toBe(false);
    expect(isAstm('H|---|---|\nGlucose | 95 | mg/dL')).toBe(false);
    expect(isAstm('Hemoglobin 13.5 g/dL')).toBe(false);
  });

  it('reads each R record: test, value, units, range, flag; the order\'s O-8 is the collection time', () => {
    const r = parseAstm([
      'H|\\^&|||Mindray^BA-88A^1.0|||||LIS2-A2||P|1|20260202120000',
      'P|1||PATIENT001||Doe^John||19800115|M',
      'O|1|ACC-1^LAB||^^^CHEM||||20260202115500|||A',
      'R|1|^^^ALT|35.2|U/L|10-40|N||F||20260202115530||',
      'R|2|^^^AST|52|U/L|10 to 40|H||C',
      'R|3|^^^GLU^Glucose|4.1|mmol/L|3.9^6.1|N||F',
      'R|4|^^^K|<1.5|mmol/L|3.5-5.1|LL||P',
      'L|1|N',
    ].join('\r'), knows);
    expect(r.layout).toBe('astm');
    expect(r.reportedAt).toBe('2026-02-02T12:00:00.000Z');
    expect(rowsOf(r)).toEqual([
      { name: 'ALT', value: 35.2, unit: 'U/L', rangeText: '10-40', flag: 'N', collectedAt: '2026-02-02T11:55:00.000Z' },
      { name: 'AST', value: 52, unit: 'U/L', rangeText: '10 to 40', flag: 'H', collectedAt: '2026-02-02T11:55:00.000Z' },
      { name: 'Glucose', value: 4.1, unit: 'mmol/L', rangeText: '3.9-6.1', flag: 'N', collectedAt: '2026-02-02T11:55:00.000Z' },
      { name: 'K', value: 1.5, comparator: '<', valueText: '<1.5', unit: 'mmol/L', rangeText: '3.5-5.1', flag: 'LL', collectedAt: '2026-02-02T11:55:00.000Z' },
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['time-without-offset']);
  });

  it('drops frame numbers and framing (STX, ETX and checksums, or their names); a record over two frames is one', () => {
    const r = parseAstm([
      '\x021H|\\^&|||XN-350^00-22^11001|||||||E1394-97\r\x03A7',
      '\x022P|1\r\x0359',
      '\x023O|1||^^50001^B|^^^^WBC|||20250310081500\r\x03A1',
      '\x024R|1|^^^^WBC^1|12.85|10*3/uL||H||||||20250310082000\r\x0312',
      '\x025C|1|I|Smudge cells present^Flag|G\r\x03B4',
      '<STX>6R|2|^^^^HGB^1|13.4|g/<ETB>F1<CR><LF><STX>7dL||N||F<CR><ETX>4D<CR><LF>',
      '\x020L|1|N\r\x0309',
    ].join('\r\n'), knows);
    expect(rowsOf(r)).toEqual([
      { name: 'WBC', value: 12.85, unit: '10*3/uL', flag: 'H', comment: 'Smudge cells present Flag', collectedAt: '2025-03-10T08:15:00.000Z' },
      { name: 'HGB', value: 13.4, unit: 'g/dL', flag: 'N', collectedAt: '2025-03-10T08:15:00.000Z' },
    ]);
  });

  it('names a test by the last component the catalog knows, else its local code; a LOINC in R-3\'s first component is its code', () => {
    const r = parseAstm([
      'H|\\^&|||cobas-6000^1',
      'O|1|ID-7||^^^8714^1',
      'R|1|^^^8714^1|2.31|mIU/L|0.27-4.2|N||F',
      'R|2|2823-3^Potassium^LN|4.4|mmol/L|3.5-5.1|N||F',
      'R|3|^^^1234^ALT^1|20|U/L||||F',
      'L|1|N',
    ].join('\n'), knows);
    expect(r.rows.map((x) => [x.name, x.value, x.code?.code])).toEqual([
      ['8714', 2.31, undefined],
      ['Potassium', 4.4, '2823-3'],
      ['ALT', 20, undefined],
    ]);
  });

  it('a result that could not be done (X), is pending (I) or of a QC order is a warning; a comment before any result is kept as one', () => {
    const r = parseAstm([
      'H|\\^&',
      'O|1|S1||^^^GLU',
      'C|1|L|Haemolysed sample|G',
      'R|1|^^^GLU|----|mmol/L||||X',
      'R|2|^^^ALT||U/L||||I',
      'R|3|^^^AST|22|U/L||||F',
      'O|2|QC1||^^^GLU|||||||Q',
      'R|1|^^^GLU|5.5|mmol/L||||F',
      'L|1|N',
    ].join('\r'), knows);
    expect(r.rows.map((x) => [x.name, x.value])).toEqual([['AST', 22]]);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([
      ['comment-not-attached', 3], ['not-a-result', 4], ['not-a-result', 5], ['not-a-result', 8],
    ]);
  });

  it('reads record types in either case (a message written in lower case)', () => {
    const r = parseAstm(['H|\\^&', 'o|1|S1||^^^ALT', 'r|1|^^^ALT|41|u/l|10-40|h||f', 'l|1|n'].join('\r'), knows);
    expect(r.rows.map((x) => [x.name, x.value, x.unit, x.flag])).toEqual([['ALT', 41, 'u/l', 'H']]);
    expect(r.warnings).toEqual([]);
  });
});
