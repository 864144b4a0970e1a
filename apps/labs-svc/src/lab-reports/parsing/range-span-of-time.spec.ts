import { coded } from '../../testing/reader.js';

/*
 * (spanrange; the leftover of review cr25: "a time range read as a range") Two numbers with a dash followed by a word of
 * time — `2-3 weeks`, `6–8 months`, `18-65 years`, `3-7 days` — are a span of time or an age band: never the result's
 * reference range. Read as one, the result was flagged against it (`TSH 2.5 mU/L 2-3 weeks after starting` was
 * "normal" against 2–3; `Ferritin 45 ug/L 18-65 years` "normal" against 18–65).
 */
describe('spanrange: a span of time after a result is no reference range', () => {
  it('keeps the result and drops the span: no bounds, no flag from them', () => {
    expect(coded('TSH 2.5 mU/L 2-3 weeks after starting\n')).toEqual([['thyroid-stimulating-hormone', 2.5, 'mU/L', null, null, null]]);
    expect(coded('TSH 2.5 mU/L 2-3 weeks\n')).toEqual([['thyroid-stimulating-hormone', 2.5, 'mU/L', null, null, null]]);
    expect(coded('Ferritin 45 ug/L 18-65 years\n')).toEqual([['ferritin', 45, 'ug/L', null, null, null]]);
    expect(coded('HbA1c 46 mmol/mol 2–3 months\n')).toEqual([['hemoglobin-a1c', 46, 'mmol/mol', null, null, null]]);
    expect(coded('Vitamin D 75 nmol/L 6-8 Wochen\n')).toEqual([['vitamin-d', 75, 'nmol/L', null, null, null]]);
    // (review cr26) Weeks and hours cut short, a time of day.
    expect(coded('TSH 2.5 mIU/L 6-8 wks\n')).toEqual([['thyroid-stimulating-hormone', 2.5, 'm[IU]/L', null, null, null]]);
    expect(coded('Glucose 128 mg/dL 2-3 hrs post meal\n')).toEqual([['glucose', 128, 'mg/dL', null, null, null]]);
    expect(coded('Cortisol 12 ug/dL 8-10 am\n')).toEqual([['cortisol', 12, 'ug/dL', null, null, null]]);
  });

  it('still reads a range with its unit after it, and a clotting time\'s range with its seconds after it', () => {
    expect(coded('Ferritin 45 ug/L 30-400 ug/L\n')).toEqual([['ferritin', 45, 'ug/L', 30, 400, 'normal']]);
    expect(coded('Ferritin 45 ug/L 30-400\n')).toEqual([['ferritin', 45, 'ug/L', 30, 400, 'normal']]);
    expect(coded('Prothrombin time  12.5  11.0-13.5 sec\n')[0]?.slice(0, 5)).toEqual(['prothrombin-time', 12.5, 's', 11, 13.5]);
    expect(coded('Cortisol 12 ug/dL 6.2-19.4\n')).toEqual([['cortisol', 12, 'ug/dL', 6.2, 19.4, 'normal']]);
  });

  it('takes a range a time word follows as the span it reads as (review cr26: a real range lost, accepted)', () => {
    // `9.5-13.5 months` reads as an infant's age band as much as a range: no bounds rather than a guess.
    expect(coded('Hemoglobin 10.5 g/dL 9.5-13.5 months\n')).toEqual([['hemoglobin', 10.5, 'g/dL', null, null, null]]);
  });
});
