import { catalog, coded } from '../../testing/reader.js';

/*
 * (ocrl) OCR's `l` for an `i` in a test's name (`Sodlum`, `Vitamln B12`, `Uric Acld`: keyed set 12, keyed-ocr, whose key
 * reads the printed name through the damage). The expected readings are the printed names', written from the lines here.
 */

const key = (name: string) => catalog.matchName(name)?.key ?? null;

describe('ocrl: an `l` OCR read for an `i` in a name', () => {
  it.each([
    ['Sodlum', 'sodium'],
    ['Calclum', 'calcium'],
    ['Vitamln B12', 'vitamin-b12'],
    ['25(OH) Vltamin D', 'vitamin-d'],
    ['Uric Acld', 'uric-acid'],
    ['Glucose, Fastlng', 'glucose'],
    ['Alkallne Phosphatase', 'alkaline-phosphatase'],
  ])('%s is %s', (printed, analyte) => {
    expect(key(printed)).toBe(analyte);
  });

  it('a word the catalog\'s names hold keeps its `l`: a supplement named by its vitamin is no vitamin D test', () => {
    expect(key('Vitamin D3 (Cholecalciferol)')).toBeNull();
  });

  it('an `l` first in a word, or before a capital or the word\'s end, is read as printed', () => {
    expect(key('Lron')).toBeNull();
    expect(key('SodlUm')).toBeNull();
    expect(key('Acl')).toBeNull();
  });

  it('an `O` OCR read for a `D` in a word of capitals: `ROW-CV` is the RDW (the tuning set\'s ph_scribd_casepre_…)', () => {
    expect(key('ROW-CV')).toBe('red-cell-distribution-width');
    expect(coded('ROW-CV: 13.60 % 12.50-14.50')).toEqual([['red-cell-distribution-width', 13.6, '%', 12.5, 14.5, 'normal']]);
  });

  it('a word of capitals the catalog\'s names hold keeps its `O` (`CO2`, `TOTAL PROTEIN`)', () => {
    expect(key('CO2')).toBe('carbon-dioxide');
    expect(key('TOTAL PROTEIN')).toBe('total-protein');
  });

  it('with a digit misread in the same name, both are undone', () => {
    expect(key('Hemog1obln')).toBe('hemoglobin');
  });

  it('in a photographed report, the rows under damaged names are the printed tests\', values normalized', () => {
    expect(coded([
      'Test Name                         Result    Unit       Bio. Ref. Interval',
      'Sodlum                            141       mmol/L     135 - 146',
      'Vitamln B12                       168   L   pg/mL      197 - 771',
      'Uric Acld                         7.9   H   mg/dL      3.4 - 7.0',
    ].join('\n'))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 146, 'normal'],
      ['vitamin-b12', 168, 'pg/mL', 197, 771, 'low'],
      ['uric-acid', 7.9, 'mg/dL', 3.4, 7, 'high'],
    ]);
  });
});
