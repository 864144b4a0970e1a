import { coded } from '../../testing/reader.js';

// (prose) Results a patient types into a message: a sentence that names a test the catalog knows and gives its value
// (`Estradiol was 19 pg/mL.`, `My testosterone came back at 412 ng/dL (range 264-916), free T 8.1 pg/mL (ref 8.7-25.1)
// flagged low.`, `ldl 142 mg/dl, hdl 44, trigs 96`). History (`Last year my total T was 350`), doses (`100 mg/week`),
// questions (`Is 22 high?`) and numbers that are no test's (ages, weights, dates, blood pressure) give no row.
describe('prose: results typed in a patient\'s sentences', () => {
  it('a verb between the name and the value is no part of the name', () => {
    expect(coded('Estradiol was 19 pg/mL.')).toEqual([['estradiol', 19, 'pg/mL', null, null, null]]);
    expect(coded('Testosterone is 412 ng/dL')).toEqual([['testosterone', 412, 'ng/dL', null, null, null]]);
    expect(coded('My testosterone came back at 412 ng/dL (range 264-916).')).toEqual([['testosterone', 412, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Glucose was 88 mg/dL. Is that fine?')).toEqual([['glucose', 88, 'mg/dL', null, null, null]]);
    expect(coded('Free T4 was 1.31 and free T3 3.4')).toEqual([['free-t4', 1.31, null, null, null, null], ['free-t3', 3.4, null, null, null, null]]);
  });

  it('a list whose unit or range is on one item only', () => {
    expect(coded('ldl 142 mg/dl, hdl 44, triglycerides 96')).toEqual([
      ['ldl-cholesterol', 142, 'mg/dL', null, null, null], ['hdl-cholesterol', 44, null, null, null, null], ['triglycerides', 96, null, null, null, null]]);
    expect(coded('LDL 142 mg/dL, HDL 44')).toEqual([['ldl-cholesterol', 142, 'mg/dL', null, null, null], ['hdl-cholesterol', 44, null, null, null, null]]);
    expect(coded('PSA 0.7, TSH 3.1 (range .45-4.5).')).toEqual([
      ['prostate-specific-antigen', 0.7, null, null, null, null], ['thyroid-stimulating-hormone', 3.1, null, 0.45, 4.5, 'normal']]);
  });

  it('ranges and flags written in words inside a sentence', () => {
    expect(coded('My testosterone came back at 412 ng/dL (range 264-916), free testosterone 8.1 pg/mL (ref 8.7-25.1) flagged low.')).toEqual([
      ['testosterone', 412, 'ng/dL', 264, 916, 'normal'], ['testosterone-free', 8.1, 'pg/mL', 8.7, 25.1, 'low']]);
    expect(coded('Prolactin: 22.4 ng/mL - flagged high (4.0-15.2)')).toEqual([['prolactin', 22.4, 'ng/mL', 4, 15.2, 'high']]);
  });

  it('a message\'s sentences: history, doses and questions give no row', () => {
    const message = [
      'Hi Dr. Sandoval, quick update before my appointment on Friday. Got my labs back from the Quest draw on 3/2.',
      '',
      'My testosterone came back at 412 ng/dL (range 264-916), free testosterone 8.1 pg/mL (ref 8.7-25.1) flagged low. Estradiol was 19 pg/mL. Last year my total T was 350 so it\'s going up a little at least.',
      '',
      'I\'ve been sleeping about 6 hrs a night and lifting 4x a week. Should I still start the 100 mg/week cypionate we talked about?',
    ].join('\n');
    expect(coded(message)).toEqual([
      ['testosterone', 412, 'ng/dL', 264, 916, 'normal'], ['testosterone-free', 8.1, 'pg/mL', 8.7, 25.1, 'low'], ['estradiol', 19, 'pg/mL', null, null, null]]);
  });

  // (The line reader still gives an uncoded `?Name was` row for some of these, as on main: `?Last year my testosterone
  // was`, `?Is prolactin`; none is coded to a test.)
  const codedTests = (line: string) => coded(line).filter((r) => !String(r[0]).startsWith('?'));

  it('history: a value of a time past is no current result', () => {
    for (const line of [
      'Last year my total T was 350 so it\'s going up a little at least.',
      'Last year my testosterone was 350 ng/dL.',
      'my hct was 49 in november.',
      'My hematocrit was 49 % in november.',
      'I had a prolactin of 18 two years ago too.',
      'My estradiol was 40 pg/mL before I started the AI.',
      'My testosterone used to be 250 ng/dL.',
      'Previously my PSA was 0.5 ng/mL.',
    ]) expect([line, codedTests(line)]).toEqual([line, []]);
  });

  it('doses, questions and a doctor\'s note give no row', () => {
    for (const line of [
      'Should I still start the 100 mg/week cypionate we talked about?',
      'I take 5000 IU D3 and 1000 mcg B12 daily.',
      'Is 22 something to worry about?',
      'Is my testosterone of 412 ng/dL too low?',
      'Is prolactin 22 high?',
      'Continue testosterone cypionate 100 mg weekly.',
      'I take 2 tablets of vitamin D.',
      'I am taking testosterone 100 mg a week.',
      'Estradiol 2 mg and progesterone 100 mg at bedtime.',
      'My testosterone injections are 200 mg every two weeks.',
    ]) expect([line, codedTests(line)]).toEqual([line, []]);
  });

  it('numbers that are no test\'s: dates, ages, weights, blood pressure, phone numbers, letters', () => {
    for (const line of [
      'Got my labs back from the Quest draw on 3/12.',
      'I\'m 52 and I weigh 185 lb.',
      'I weigh 185 lb, BP 128/82 at the pharmacy.',
      'Call us at (555) 010-2291 or reply to this email.',
      'Recheck labs in 6 weeks (around 4/24).',
      'Please schedule a therapeutic phlebotomy (1 unit, ~500 mL) this week.',
      'Hematocrit is above our 54% safety threshold.',
      'I\'ve been sleeping about 6 hrs a night and lifting 4x a week.',
      'Your appointment is at 10:30 on 3/14, room 12.',
      'Your hematocrit was 54.1% last time, please hold your next injection.',
      'Dr. Sandoval\'s notes: Estradiol is mildly elevated; we\'ll start anastrozole 0.25 mg twice weekly.',
      'My vitamin D is 5000 IU a day.',
      'The patient is 52 and weighs 85 kg.',
      'Sodium of 2000 mg per day is the limit.',
      'My weight is 185 lb. Blood pressure was 128/82.',
    ]) expect([line, codedTests(line)]).toEqual([line, []]);
  });
});

// (prose review) Lines a review found read wrongly: a cubic written-flag pattern, units far off an analyte's scale, a
// threshold written as `a NAME of N`, and the same test given twice in one message.
describe('prose review: a long run of spaces, units off the scale, thresholds, a test given twice', () => {
  const codedTests = (line: string) => coded(line).filter((r) => !String(r[0]).startsWith('?'));

  it('a value followed by thousands of spaces is read (the written-flag pattern starts only at a run of spaces)', () => {
    expect(codedTests(`Ferritin was 45 ng/mL,${' '.repeat(4923)}x`)).toEqual([['ferritin', 45, 'ng/mL', null, null, null]]);
    expect(codedTests(`Ferritin was 45 ng/mL,${'\u2003'.repeat(4923)}x`)).toEqual([['ferritin', 45, 'ng/mL', null, null, null]]);
    expect(coded(`Ferritin was 45 ng/mL ${' '.repeat(300)}flagged low.`)).toEqual([['ferritin', 45, 'ng/mL', null, null, 'low']]);
  });

  it('a unit the analyte converts into but far off its scale (a vial\'s strength) is no measured result', () => {
    for (const line of ['Testosterone is 200 mg/mL.', 'Testosterone 200 mg/mL, estradiol 2']) expect([line, codedTests(line)]).toEqual([line, []]);
  });

  it('a NAME of N with no verb of having, and a threshold label before the name: no row', () => {
    for (const line of ['A ferritin of 30 ng/mL.', 'For women, a hemoglobin of 12 g/dL.', 'Transfusion threshold: hemoglobin at 7 g/dL.'])
      expect([line, codedTests(line)]).toEqual([line, []]);
  });

  it('the same test given twice in a message: the last statement is the result', () => {
    expect(coded('My LDL was 160. Now LDL 110 mg/dL.')).toEqual([['ldl-cholesterol', 110, 'mg/dL', null, null, null]]);
    expect(coded('On admission glucose was 5.2 mmol/L. At discharge glucose was 12 mmol/L.')).toEqual([['glucose', 12, 'mmol/L', null, null, null]]);
    expect(codedTests('My testosterone was 350. After 8 weeks on TRT it is 688 ng/dL.')).toEqual([]);
  });

  it('as, now and a name ending in a digit after the gate; a flag after a comma', () => {
    expect(coded('Vitamin B12 was 450 pg/mL.')).toEqual([['vitamin-b12', 450, 'pg/mL', null, null, null]]);
    expect(coded('Ferritin 12 ng/mL, flagged low.')).toEqual([['ferritin', 12, 'ng/mL', null, null, 'low']]);
  });
});
