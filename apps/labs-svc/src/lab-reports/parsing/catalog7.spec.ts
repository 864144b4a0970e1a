import { coded } from '../../testing/reader.js';

// (cat7) Catalog version 7: the hormones, minerals and markers a hormone and longevity clinic orders beyond the panels of
// issue 9 were read as unknown names (`?Estrone`) — no status against optimal ranges, no comparison between reports, no
// LOINC for the assistant's context — and `Thyroglobulin (TG)` was coded as triglycerides. Expected rows by hand from
// the lines; near names that are other analytes or other specimens stay unknown.
describe('catalog v7: what a hormone and longevity clinic orders', () => {
  it('codes the adrenal and gonadal steroids and the pituitary hormones', () => {
    expect(coded('Estrone  45  pg/mL  13-71')).toEqual([['estrone', 45, 'pg/mL', 13, 71, 'normal']]);
    expect(coded('Pregnenolone, LC/MS  85  ng/dL  22-237')).toEqual([['pregnenolone', 85, 'ng/dL', 22, 237, 'normal']]);
    expect(coded('Androstenedione  162  ng/dL  40-150')).toEqual([['androstenedione', 162, 'ng/dL', 40, 150, 'high']]);
    expect(coded('17-OH Progesterone  65  ng/dL  <200')).toEqual([['17-hydroxyprogesterone', 65, 'ng/dL', null, 200, 'normal']]);
    expect(coded('Aldosterone  12  ng/dL')).toEqual([['aldosterone', 12, 'ng/dL', null, null, null]]);
    expect(coded('Plasma Renin Activity  1.2  ng/mL/h  0.25-5.82')).toEqual([['renin-activity', 1.2, 'ng/mL/h', 0.25, 5.82, 'normal']]);
    expect(coded('ACTH  22  pg/mL  7.2-63.3')).toEqual([['acth', 22, 'pg/mL', 7.2, 63.3, 'normal']]);
    expect(coded('Growth Hormone  0.4  ng/mL')).toEqual([['growth-hormone', 0.4, 'ng/mL', null, null, null]]);
    expect(coded('IGFBP-3  4.2  mg/L  3.4-7.8')).toEqual([['igfbp-3', 4.2, 'mg/L', 3.4, 7.8, 'normal']]);
    expect(coded('Testosterone, Bioavailable  180  ng/dL  110-575')).toEqual([['testosterone-bioavailable', 180, 'ng/dL', 110, 575, 'normal']]);
  });

  it('codes AMH in ng/mL and in pmol/L, in other languages too', () => {
    expect(coded('Anti-Mullerian Hormone  2.1  ng/mL  1.0-3.5')).toEqual([['anti-mullerian-hormone', 2.1, 'ng/mL', 1, 3.5, 'normal']]);
    expect(coded('AMH  15.2  pmol/L  8.9-60.0')).toEqual([['anti-mullerian-hormone', 15.2, 'pmol/L', 8.9, 60, 'normal']]);
    expect(coded('Anti-Müller-Hormon  1,8  ng/ml  1,0 - 4,0')).toEqual([['anti-mullerian-hormone', 1.8, 'ng/mL', 1, 4, 'normal']]);
  });

  it('codes thyroglobulin and its antibody, and no longer reads Thyroglobulin (TG) as triglycerides', () => {
    expect(coded('Thyroglobulin (TG)  12  ng/mL')).toEqual([['thyroglobulin', 12, 'ng/mL', null, null, null]]);
    expect(coded('Thyroglobulin Antibodies  21.6  IU/mL  <115')).toEqual([['thyroglobulin-antibody', 21.6, '[IU]/mL', null, 115, 'normal']]);
    expect(coded('TG  120  mg/dL  <150')).toEqual([['triglycerides', 120, 'mg/dL', null, 150, 'normal']]);
  });

  it('codes free PSA and its percentage apart from the total PSA', () => {
    expect(coded('PSA, Free  0.9  ng/mL')).toEqual([['prostate-specific-antigen-free', 0.9, 'ng/mL', null, null, null]]);
    expect(coded('PSA, % Free  22  %  >25')).toEqual([['prostate-specific-antigen-free-percent', 22, '%', 25, null, 'low']]);
    expect(coded('PSA, Total  1.2  ng/mL  0-4.0')).toEqual([['prostate-specific-antigen', 1.2, 'ng/mL', 0, 4, 'normal']]);
  });

  it('codes the longevity markers and the minerals', () => {
    expect(coded('Cystatin C  0.85  mg/L  0.61-0.95')).toEqual([['cystatin-c', 0.85, 'mg/L', 0.61, 0.95, 'normal']]);
    expect(coded('Fructosamine  240  umol/L  205-285')).toEqual([['fructosamine', 240, 'umol/L', 205, 285, 'normal']]);
    expect(coded('LDL Particle Number  1250  nmol/L  <1000')).toEqual([['ldl-particle-number', 1250, 'nmol/L', null, 1000, 'high']]);
    expect(coded('Omega-3 Index  6.2  %  >8.0')).toEqual([['omega-3-index', 6.2, '%', 8, null, 'low']]);
    expect(coded('Zinc  85  ug/dL  60-130')).toEqual([['zinc', 85, 'ug/dL', 60, 130, 'normal']]);
    expect(coded('Copper, Serum  100  ug/dL  70-140')).toEqual([['copper', 100, 'ug/dL', 70, 140, 'normal']]);
    expect(coded('Selenium  120  ug/L')).toEqual([['selenium', 120, 'ug/L', null, null, null]]);
    expect(coded('Lactic Acid  1.2  mmol/L  0.5-2.2')).toEqual([['lactate', 1.2, 'mmol/L', 0.5, 2.2, 'normal']]);
  });

  it('leaves other analytes and other specimens unknown', () => {
    expect(coded('Lactate Dehydrogenase  180  U/L  140-280')).toEqual([['lactate-dehydrogenase', 180, 'U/L', 140, 280, 'normal']]);
    expect(coded('Estrone Sulfate  1200  pg/mL')).toEqual([['?Estrone Sulfate', 1200, 'pg/mL', null, null, null]]);
    // (cat8) The direct renin concentration is its own entry since catalog v8 — still not the activity.
    expect(coded('Renin, Direct  12  pg/mL  2.5-45')).toEqual([['renin-direct', 12, 'pg/mL', 2.5, 45, 'normal']]);
    expect(coded('PRA  15  %')).toEqual([['?PRA', 15, '%', null, null, null]]);
    expect(coded('Zinc Protoporphyrin  40  ug/dL')).toEqual([['?Zinc Protoporphyrin', 40, 'ug/dL', null, null, null]]);
    expect(coded('Zinc, RBC  1100  ug/dL')).toEqual([['?Zinc, RBC', 1100, 'ug/dL', null, null, null]]);
    expect(coded('Zinc, Whole Blood  650  ug/dL')).toEqual([['?Zinc, Whole Blood', 650, 'ug/dL', null, null, null]]);
    expect(coded('Selenium, Blood  180  ug/L')).toEqual([['?Selenium, Blood', 180, 'ug/L', null, null, null]]);
    expect(coded('Zinc, Serum  85  ug/dL')).toEqual([['zinc', 85, 'ug/dL', null, null, null]]);
    expect(coded('Small LDL-P  500  nmol/L  <527')).toEqual([['?Small LDL-P', 500, 'nmol/L', null, 527, 'normal']]);
    expect(coded('17-OH Pregnenolone  120  ng/dL')).toEqual([['?17-OH Pregnenolone', 120, 'ng/dL', null, null, null]]);
    expect(coded('Free Estradiol  0.5  pg/mL')).toEqual([['?Free Estradiol', 0.5, 'pg/mL', null, null, null]]);
    expect(coded('Growth Hormone dose 0.3 mg/day')).toEqual([]);
  });

  it('a known name does not make a dose a result, and PP is a meal only after a test a meal moves', () => {
    // (cat7 review) An amount per kilogram, hour or minute under a known name is an infusion's; per day it may be a
    // 24-hour urine's excretion, and stays a row.
    expect(coded('Glucose  5 mg/kg/min')).toEqual([]);
    expect(coded('Insulin  2 units/h')).toEqual([]);
    expect(coded('24-Hour Urine\nProtein  150 mg/d\nSodium  150 mmol/d')).toEqual([['proteins-in-urine', 150, 'mg/d', null, null, null], ['?Sodium', 150, 'mmol/d', null, null, null]]);
    expect(coded('ZINC PP  30  ug/dL')).toEqual([['?ZINC PP', 30, 'ug/dL', null, null, null]]);
    expect(coded('Glucose PP  128  mg/dL  <140')).toEqual([['glucose', 128, 'mg/dL', null, 140, 'normal']]);
    expect(coded('Urine Glucose (PP)  Negative')).toEqual([['glucose-in-urine', null, null, null, null, null]]);
    expect(coded('Insulin PP  40  uIU/mL')).toEqual([['insulin', 40, 'u[IU]/mL', null, null, null]]);
  });
});
