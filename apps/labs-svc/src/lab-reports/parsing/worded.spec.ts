import { readKeyed } from '../../testing/keyed-sets.js';

/*
 * (twelfth session, keyed set 7's VN05 and VN09) What a visit note copies of a laboratory's report: a table with this
 * visit's and a prior visit's results side by side, and a urinalysis whose answers are words with the answer expected in
 * brackets. Rows in the keyed sets' form (`key|valueText|flag|value|unit|range`); the expected readings are what a
 * clinician reads on the page.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('worded: a column of today\'s results beside a prior one', () => {
  it('reads today\'s column, never the prior one, with the unit printed in the reference column', async () => {
    expect(await readKeyed(lines(
      'Lipid results    Today (10/27/25)    Prior (05/19/25)    Reference',
      'Total Cholesterol    148    236    <200 mg/dL',
      'HDL-C    55    52    >39 mg/dL',
      'ALT    29    24    0-44 U/L',
    ))).toEqual(['total-cholesterol||normal|148|mg/dL|..200', 'hdl-cholesterol||normal|55|mg/dL|39..', 'alanine-aminotransferase||normal|29|U/L|0..44']);
  });

  it('a flowsheet\'s `Latest` and `Most recent` head the value column too', async () => {
    const rows = ['LDL-C    162    118    <100 mg/dL', 'Triglycerides    90    210    <150 mg/dL'];
    const want = ['ldl-cholesterol||high|162|mg/dL|..100', 'triglycerides||normal|90|mg/dL|..150'];
    expect(await readKeyed(lines('Component    Latest    Prior    Ref Range', ...rows))).toEqual(want);
    expect(await readKeyed(lines('Test    Most recent    Previous    Reference', ...rows))).toEqual(want);
  });
});

describe('worded: answers in words with the answer expected in brackets', () => {
  it('an inline urinalysis reads its word answers beside its numbers, each flagged against its expected answer', async () => {
    expect(await readKeyed(lines(
      'Urinalysis: Specific Gravity 1.018 (1.005-1.030), pH 6.5 (5.0-7.5), Protein Negative (Negative), Glucose Trace (Negative) Abnormal, Nitrite Negative (Negative)',
    ))).toEqual([
      'specific-gravity-urine||normal|1.02|{ratio}|1.005..1.03', 'urine-ph||normal|6.5|[pH]|5..7.5',
      'protein-urine-presence|Negative|normal|||text', 'glucose-in-urine|Trace|abnormal|||text', 'nitrite-in-urine|Negative|normal|||text',
    ]);
  });

  it('a list of word answers alone under a urinalysis\'s label is read, and is no row named by the whole list', async () => {
    expect(await readKeyed(lines('Urinalysis: Protein Negative (Negative), Glucose Negative (Negative), Ketones Trace (Negative) Abnormal')))
      .toEqual(['protein-urine-presence|Negative|normal|||text', 'glucose-in-urine|Negative|normal|||text', 'ketones-in-urine|Trace|abnormal|||text']);
  });

  it('a line of its own reads the bracket as its range: a positive against a negative expected is abnormal', async () => {
    expect(await readKeyed(lines('HBsAg Negative (Negative)', 'Nitrite Positive (Negative)')))
      .toEqual(['hepatitis-b-surface-antigen|Negative|normal|||text', 'nitrite-in-urine|Positive|abnormal|||text']);
  });

  it('a name known only in urine (`Blood`, `Ketones`) answers in a list beside numbers; a name the catalog does not know gives no row, nor does a bracket that is no answer', async () => {
    expect(await readKeyed(lines('Specific Gravity 1.018 (1.005-1.030), pH 6.5 (5.0-7.5), Blood Trace (Negative) Abnormal, Widget Trace (Negative)')))
      .toEqual(['specific-gravity-urine||normal|1.02|{ratio}|1.005..1.03', 'urine-ph||normal|6.5|[pH]|5..7.5', 'hemoglobin-urine-presence|Trace|abnormal|||text']);
    expect(await readKeyed(lines('HBsAg Negative (repeat in 6 months)'))).not.toContainEqual(expect.stringMatching(/\|text$/));
  });
});
