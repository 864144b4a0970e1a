import { BIOMARKER_CATALOG_V9 } from '../../biomarkers/catalog/biomarker-catalog.v9.js';
import { BIOMARKER_CATALOG_V10 } from '../../biomarkers/catalog/biomarker-catalog.v10.js';
import { resultsOf } from '../../testing/reader.js';

/*
 * Catalog version 10: the fibrin/fibrinogen degradation products (FDP) are a test of their own, not the D-dimer (a
 * coagulation panel prints both: FDP about 0-5 µg/mL, the D-dimer in mg/L FEU or ng/mL DDU), and `ACR` names the urine's
 * albumin/creatinine ratio. The panel below is how such reports print it (values and ranges of the usual assays).
 */
const read = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.unit, r.flag, r.normalized?.value ?? null, r.normalized?.unit ?? null]);

describe('catalog v10: FDP is not the D-dimer', () => {
  it('a coagulation panel: D-dimer and FDP each their own, in their own units', () => {
    expect(read([
      'COAGULATION',
      'D-Dimer                   0.45       mg/L FEU     0.00-0.49',
      'FDP                       3.2        ug/mL        <5.0',
      'Fibrin Degradation Products  12      ug/mL        <5       H',
      'Fibrin split products: 4 mg/L (Ref: <5)',
      'D-Dimer                   610        ng/mL DDU    <230',
      'D-Dimer                   450        ug/L FEU     <500',
    ].join('\n'))).toEqual([
      // (catalog v11) A D-dimer printed in FEU is the FEU's entry, in µg/mL (catalog11.spec.ts).
      ['d-dimer-feu', 0.45, 'mg/L', 'normal', 0.45, 'ug/mL'],
      ['fibrin-degradation-products', 3.2, 'ug/mL', 'normal', 3.2, 'ug/mL'],
      ['fibrin-degradation-products', 12, 'ug/mL', 'high', 12, 'ug/mL'],
      ['fibrin-degradation-products', 4, 'mg/L', 'normal', 4, 'ug/mL'],
      ['d-dimer', 610, 'ng/mL', 'high', 610, 'ug/L'],
      ['d-dimer-feu', 450, 'ug/L', 'normal', 0.45, 'ug/mL'],
    ]);
  });

  it('a name that says D-dimer beside FDP stays the D-dimer (review of version 10: version 9 coded them through its FDP names)', () => {
    expect(read([
      'D-Dimer FDP  0.4  mg/L FEU  <0.5',
      'FDP D-Dimer  400  ng/mL  <500',
      'D-Dimer/FDP  0.3  mg/L  <0.5',
      'FDP (D-Dimer)  0.3  mg/L  <0.5',
      'Fibrin degradation products (D-dimer)  0.4  mg/L  <0.5',
    ].join('\n')).map((r) => [r[0], r[4]])).toEqual([['d-dimer-feu', 0.4], ['d-dimer', 400], ['d-dimer', 300], ['d-dimer', 300], ['d-dimer', 400]]);
  });

  it('`ACR` alone is the albumin/creatinine ratio only in a unit such a ratio is printed in, or none', () => {
    expect(read('ACR  0.45  nmol/L  <0.25\nACR  2.1  mg/mmol  <3.0\nACR  25  ug/mg  <30\nACR  30\n').map((r) => r[0])).toEqual([
      '?ACR', 'microalbumin-creatinine-ratio', 'microalbumin-creatinine-ratio', 'microalbumin-creatinine-ratio',
    ]);
  });

  it('the names moved from the D-dimer are no longer its; the urine ACR is the albumin/creatinine ratio', () => {
    const dDimer = (c: typeof BIOMARKER_CATALOG_V9) => c.find((b) => b.key === 'd-dimer')!.aliases;
    expect(dDimer(BIOMARKER_CATALOG_V9)).toEqual(expect.arrayContaining(['FDP', 'Fibrin Degradation Products']));
    expect(dDimer(BIOMARKER_CATALOG_V10)).not.toEqual(expect.arrayContaining(['FDP']));
    expect(dDimer(BIOMARKER_CATALOG_V10)).not.toEqual(expect.arrayContaining(['Fibrin Degradation Products']));
    expect(BIOMARKER_CATALOG_V10).toHaveLength(BIOMARKER_CATALOG_V9.length + 1);
    expect(read('ACR  2.1  mg/mmol  <3.0\nUrine ACR  35  mg/mmol  <3.0\n').map((r) => [r[0], r[3]])).toEqual([
      ['microalbumin-creatinine-ratio', 'normal'],
      ['microalbumin-creatinine-ratio', 'high'],
    ]);
  });
});
