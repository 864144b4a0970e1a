import { BIOMARKER_CATALOG_V10 } from '../../biomarkers/catalog/biomarker-catalog.v10.js';
import { BIOMARKER_CATALOG_V11 } from '../../biomarkers/catalog/biomarker-catalog.v11.js';
import { hl7Results, resultsOf } from '../../testing/reader.js';
import type { CodedResult } from './coding.js';

/*
 * Catalog version 11: a D-dimer reported in fibrinogen-equivalent units (FEU) is LOINC 48065-7, one in D-dimer units
 * (DDU) 48058-2 (by immunoassay) or 48066-5; the two bases are about twice apart for one sample and never converted, so
 * an FEU result is not the catalog's DDU D-dimer. Expected answers from LOINC's definitions of the three codes (their
 * long names: "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "Fibrin D-dimer DDU [Mass/volume] in Platelet
 * poor plasma (by Immunoassay)") and the units laboratories print: US reports `mg/L FEU` or `mcg/mL FEU` with a 0.50
 * cut-off, DDU `ng/mL DDU` with a cut-off about 230–250.
 */
const row = (r: CodedResult) => [r.biomarker?.key ?? `?${r.name}`, r.biomarker?.loinc ?? null, r.value, r.flag, r.normalized?.value ?? null, r.normalized?.unit ?? null];

describe('catalog v11: the D-dimer in FEU is not the D-dimer in DDU', () => {
  it('a text report: the basis printed in the unit or the name decides; none printed stays the D-dimer', () => {
    expect(resultsOf([
      'COAGULATION',
      'D-Dimer                   0.45       mg/L FEU     0.00-0.49',
      'D-Dimer, Quant            0.62       mcg/mL FEU   <0.50        H',
      'D-Dimer (FEU)             380        ng/mL        0-499',
      'D-Dimer                   610        ng/mL DDU    <230         H',
      'D-Dimer                   180        ng/mL        0-230',
      'D-dimer: 0.50 ug/mL FEU (Ref: <0.50)',
    ].join('\n')).map(row)).toEqual([
      ['d-dimer-feu', '48065-7', 0.45, 'normal', 0.45, 'ug/mL'],
      ['d-dimer-feu', '48065-7', 0.62, 'high', 0.62, 'ug/mL'],
      ['d-dimer-feu', '48065-7', 380, 'normal', 0.38, 'ug/mL'],
      ['d-dimer', '48058-2', 610, 'high', 610, 'ug/L'],
      ['d-dimer', '48058-2', 180, 'normal', 180, 'ug/L'],
      // Equal to an exclusive cut-off is above it.
      ['d-dimer-feu', '48065-7', 0.5, 'high', 0.5, 'ug/mL'],
    ]);
  });

  it('an HL7 feed: each code is its own basis; a basis printed in the unit overrules the code, which stays the reported one', () => {
    const results = hl7Results(
      'OBR|1|||COAG^Coagulation|||20250101100000',
      'OBX|1|NM|48065-7^D-dimer FEU^LN||0.62|ug/mL|<0.50|H|||F',
      'OBX|2|NM|48066-5^D-dimer DDU^LN||210|ng/mL|<230|N|||F',
      'OBX|3|NM|48058-2^D-dimer^LN||0.62|mg/L FEU|<0.50|H|||F',
      'OBX|4|NM|48065-7^D-dimer^LN||210|ng/mL DDU|<230|N|||F',
    );
    expect(results.map(row)).toEqual([
      ['d-dimer-feu', '48065-7', 0.62, 'high', 0.62, 'ug/mL'],
      ['d-dimer', '48058-2', 210, 'normal', 210, 'ug/L'],
      ['d-dimer-feu', '48065-7', 0.62, 'high', 0.62, 'ug/mL'],
      ['d-dimer', '48058-2', 210, 'normal', 210, 'ug/L'],
    ]);
    expect(results.map((r) => r.reportedCode?.code)).toEqual(['48065-7', '48066-5', '48058-2', '48065-7']);
  });

  it('the letters alone, or the basis beside another test, are no D-dimer', () => {
    expect(resultsOf('FEU  0.45  mg/L  <0.50\nFDP  3.2  ug/mL FEU  <5.0\n').map((r) => r.biomarker?.key ?? `?${r.name}`))
      .toEqual(['?FEU', 'fibrin-degradation-products']);
  });

  it('version 11 is version 10 with the FEU entry, and the DDU code 48066-5 and DDU names on the D-dimer', () => {
    expect(BIOMARKER_CATALOG_V11).toHaveLength(BIOMARKER_CATALOG_V10.length + 1);
    const feu = BIOMARKER_CATALOG_V11.find((b) => b.key === 'd-dimer-feu')!;
    expect([feu.loinc, feu.ucumUnit, feu.category]).toEqual(['48065-7', 'ug/mL', 'hematology']);
    const dDimer = BIOMARKER_CATALOG_V11.find((b) => b.key === 'd-dimer')!;
    expect([dDimer.loinc, dDimer.alternateLoinc, dDimer.ucumUnit]).toEqual(['48058-2', ['48066-5'], 'ug/L']);
    expect(dDimer.aliases).toEqual(expect.arrayContaining(['D-Dimer', 'D-Dimer DDU']));
    expect(dDimer.aliases).not.toEqual(expect.arrayContaining(['D-Dimer FEU']));
  });
});
