import { normalizeValue, toUcum } from './units.js';

const convertResultUnit = (v: number, from: string, to: string) => normalizeValue(v, from, to)?.value ?? null;
import { coded, resultsOf } from '../../testing/reader.js';

/*
 * (ocrunits; the leftover of review cr25: "garbled units ug/1, pmoI/L kept unconverted") OCR reads the l of a litre as
 * the digit one and the l of mol as a capital I; the reader already mended `mg/d1`, `pg/m1`, `mmo1/L` and `mg/dI`, not a
 * litre with no prefix (`ug/1`) nor `moI` (`pmoI/L`), which were kept as printed and out of trends.
 */
describe('ocrunits: a litre read as 1 and a mol read as moI are the units they stand for', () => {
  it('reads them as UCUM', () => {
    expect(toUcum('ug/1')).toBe('ug/L');
    expect(toUcum('mmol/1')).toBe('mmol/L');
    expect(toUcum('pmoI/L')).toBe('pmol/L');
    expect(toUcum('mmoI/L')).toBe('mmol/L');
    expect(toUcum('umoI/l')).toBe('umol/L');
    // The SI blood counts' per litre (review cr26).
    expect(toUcum('10^9/1')).toBe('10*9/L');
    expect(toUcum('x10^12/1')).toBe('10*12/L');
    // In capitals as analysers print them (review cr28), but not a French count's G/1, T/1.
    expect(toUcum('MMOL/1')).toBe('mmol/L');
    expect(toUcum('UG/1')).toBe('ug/L');
    expect(toUcum('G/1')).toBe('G/1');
  });

  it('codes and normalizes the rows that print them', () => {
    expect(coded('Ferritin 45 ug/1 (30-400)\n')).toEqual([['ferritin', 45, 'ug/L', 30, 400, 'normal']]);
    expect(coded('Free T4 14 pmoI/L (12-22)\n')).toEqual([['free-t4', 14, 'pmol/L', 12, 22, 'normal']]);
    expect(coded('Sodium 140 mmoI/L 135-145\n')).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('leaves what they are not: mL/min/1.73m2, and units with a one inside them', () => {
    expect(toUcum('mL/min/1.73m2')).toBe('mL/min/{1.73_m2}');
    expect(toUcum('10*9/L')).toBe('10*9/L');
  });

  it('reads no litre into a count, a length or a rate cut short (review cr26), nor a French count\'s G/1 into grams (cr27)', () => {
    // `10^3/1` is per µL as often as per litre (its µ lost): a platelet count read per litre was a million times low.
    expect(toUcum('10^3/1')).toBe('10^3/1');
    expect(toUcum('mm/1')).toBe('mm/1');
    expect(toUcum('mL/min/1')).toBe('mL/min/1');
    const [wbc] = resultsOf('WBC 6.5 10^3/1 4.0-11.0\n');
    expect([wbc?.biomarker?.key, wbc?.unit, wbc?.normalized]).toEqual(['white-blood-cell-count', '10^3/1', undefined]);
    expect(coded('ESR 12 mm/1 0-20\n')[0]?.slice(0, 3)).toEqual(['erythrocyte-sedimentation-rate', 12, 'mm/1']);
    expect(coded('WBC 7.2 G/1 4.0-10.0\n')[0]?.slice(0, 3)).toEqual(['white-blood-cell-count', 7.2, 'G/1']);
  });
});

describe('cr26: a blood count printed per litre below a million is not normalized', () => {
  const normalizedOf = (line: string) => resultsOf(`${line}\n`)[0]?.normalized;
  it('keeps a platelet count in 10^3/l out of trends (its µ lost), and normalizes the counts laboratories print', () => {
    expect(normalizedOf('Platelets 250 10^3/l 150-400')).toBeUndefined();
    expect(normalizedOf('Platelets 250 10^3/uL 150-400')).toEqual({ value: 250, unit: '10*3/uL' });
    expect(normalizedOf('Platelets 250 10^9/L 150-400')).toEqual({ value: 250, unit: '10*3/uL' });
    expect(normalizedOf('WBC 7800 /cumm 4000-11000')).toEqual({ value: 7.8, unit: '10*3/uL' });
  });
});

describe('cr26: the same refusal wherever a result is converted', () => {
  it('convertResultUnit (compare, latest, the stored results\' migration) refuses a blood count per litre below a million, or in millions per millilitre', () => {
    expect(convertResultUnit(250, '10*3/L', '10*3/uL')).toBeNull();
    expect(convertResultUnit(4.52, '10*6/mL', '10*6/uL')).toBeNull();
    expect(convertResultUnit(250, '10*9/L', '10*3/uL')).toBe(250);
    expect(convertResultUnit(7800, '/uL', '10*3/uL')).toBe(7.8);
  });
});
