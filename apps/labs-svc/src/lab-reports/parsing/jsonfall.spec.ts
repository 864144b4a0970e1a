import { coded } from '../../testing/reader.js';

/*
 * (jsonfall) A text that parses whole as JSON data (or a JS data module) from which no result record is read falls
 * through to the printed-report line reader; its `"key": "value",` lines are no report's lines. Only a line under a
 * name the catalog knows whose value has a range (and a unit, if any, the catalog measures that name in) still reads (a
 * key-value dump of lab results; since the kvdump review, a range is required). Every JSON below is made up; the expected rows are written from it.
 */
const json = (o: unknown) => JSON.stringify(o, null, 2);

describe('jsonfall: JSON data with no result record reads no rows from its lines', () => {
  it('a nutrition label (amounts in mg, daily values in %) reads nothing, a catalog name with a mass amount last too', () => {
    expect(coded(json({ product: 'Oat Cereal', servingSize: '1 cup', calories: 140, totalFat: '2.5 g', vitaminD: '2 mcg', vdr: '7%', iron: '8 mg', sodium: '140 mg' }))).toEqual([]);
    expect(coded(json({ product: 'Oat Cereal', servingSize: '1 cup', sodium: '140 mg', vitaminD: '2 mcg', vdr: '7%' }))).toEqual([]);
    expect(coded(json({ label: { servingSize: '40 g', nutrients: [{ name: 'Sodium', amount: '160 mg', dv: '7%' }, { name: 'Iron', amount: '2.1 mg', dv: '12%' }] } }))).toEqual([]);
  });

  it('an app\'s settings (alert thresholds with a lab unit under keys no analyte\'s) read nothing', () => {
    expect(coded(json({ theme: 'dark', fontSize: '14 px', volume: '80%', units: { glucose: 'mg/dL' }, lowGlucoseAlert: '70 mg/dL', highGlucoseAlert: '180 mg/dL' }))).toEqual([]);
  });

  it('a wearable\'s daily summary reads nothing', () => {
    expect(coded(json({ device: 'FitBand 3', date: '2025-03-01', steps: 9012, restingHeartRate: '62 bpm', hrv: '48 ms', spo2: '97%', stress: '31%' }))).toEqual([]);
  });

  it('a product list (prices, discounts in %) reads nothing', () => {
    expect(coded(json([{ sku: 'A-100', name: 'Vitamin D3 1000 IU', price: '9.99', stock: '12%' }, { sku: 'B-200', name: 'Iron 65 mg', price: '7.49', discount: '15%' }]))).toEqual([]);
  });

  it('a key-value dump of lab results reads every entry (kvdump: it read only its last line here before)', () => {
    expect(coded(json({ Hemoglobin: '13.5 g/dL (12-16)', Platelets: '250 x10^9/L (150-400)', Glucose: '95 mg/dL (70-99)' })))
      .toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal'], ['platelet-count', 250, '10*9/L', 150, 400, 'normal'], ['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded(json({ patient: 'X', results: { Hemoglobin: '13.5 g/dL (12-16)', Sodium: '140 mmol/L (135-145)' } })))
      .toEqual([['hemoglobin', 13.5, 'g/dL', 12, 16, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    // (kvdump review) With no reference range on any entry, the same dump reads nothing: a goals or plan object has
    // that shape too (`{"LDL": "<90 mg/dL"}`); one entry with its range makes it a laboratory's.
    expect(coded(json({ Hemoglobin: '13.5 g/dL', Glucose: '95 mg/dL', TSH: '2.1 mIU/L' }))).toEqual([]);
    expect(coded(json({ Hemoglobin: '13.5 g/dL', Glucose: '95 mg/dL (70-99)', TSH: '2.1 mIU/L' })))
      .toEqual([['hemoglobin', 13.5, 'g/dL', null, null, null], ['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', null, null, null]]);
  });

  it('a printed report that only starts with a brace (no JSON) is read as before', () => {
    expect(coded(['{Central Lab}', 'Glucose 95 mg/dL 70-99', 'Sodium 140 mmol/L 135-145'].join('\n')))
      .toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});
