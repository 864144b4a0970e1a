import { coded, rowsOf } from '../../testing/reader.js';

/*
 * (text7) Results as patients upload them from a phone or a portal: a chat export (each message's date, time and sender
 * before its text), an SMS whose results run between semicolons inside the laboratory's sentences, a chatbot's bullets
 * with emoji after the range, a portal page copied with its buttons as a last cell, a comment after a row's range, a
 * range broken over two lines, a tiered comment under a row. Every expected row is written from what the message or
 * page says, as a clinician reads it: [biomarker or ?name, value, unit, low, high, flag].
 */

describe('text7: a chat export (WhatsApp and the like)', () => {
  it('reads each message\'s text without its date, time and sender (iOS, brackets, seconds, lower-case pm)', () => {
    expect(coded([
      '[14/02/25, 6:10:03 pm] Crescent Lab Karachi: Good evening, your report:',
      '[14/02/25, 6:10:04 pm] Crescent Lab Karachi: Triglycerides = 210 mg/dl (up to 150) ↑',
      '[14/02/25, 6:10:05 pm] Crescent Lab Karachi: HDL Cholesterol = 38 mg/dl (40-60) ↓',
      '[14/02/25, 6:12:40 pm] Ali Raza: thanks, my sugar was 180 at night',
    ].join('\n'))).toEqual([
      ['triglycerides', 210, 'mg/dL', null, 150, 'high'],
      ['hdl-cholesterol', 38, 'mg/dL', 40, 60, 'low'],
    ]);
  });

  it('reads an iOS export with AM/PM and a colon after the name', () => {
    expect(coded([
      '[7/22/25, 10:41 AM] Metro Diagnostics: Serum Sodium : 131 mmol/L (135 - 145) Low',
      '[7/22/25, 10:41 AM] Metro Diagnostics: Serum Creatinine : 0.9 mg/dL (0.7 - 1.3)',
    ].join('\n'))).toEqual([
      ['sodium', 131, 'mmol/L', 135, 145, 'low'],
      ['creatinine', 0.9, 'mg/dL', 0.7, 1.3, 'normal'],
    ]);
  });

  it('reads an Android export (24-hour time, ` - ` before the sender), the system line and a patient\'s reply no rows', () => {
    expect(coded([
      '05/01/2026, 16:40 - Messages and calls are end-to-end encrypted.',
      '05/01/2026, 16:40 - Unity Labs Abuja: Good afternoon, your results:',
      '05/01/2026, 16:41 - Unity Labs Abuja: Sodium - 141 mmol/L [135 - 145]',
      '05/01/2026, 16:41 - Unity Labs Abuja: Chloride - 96 mmol/L [98 - 107] L',
      '05/01/2026, 16:45 - Mr Okafor: Thanks, I take 2 tabs daily',
    ].join('\n'))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'],
      ['chloride', 96, 'mmol/L', 98, 107, 'low'],
    ]);
  });

  it('reads a Spanish export (`p. m.`) and an English Android one with AM/PM', () => {
    expect(coded([
      '8/1/26, 4:22 p. m. - Lab Central Norte: Glucosa 112 mg/dL (70-100) ALTO',
      '8/1/26, 4:22 p. m. - Lab Central Norte: Creatinina 0.9 mg/dL (0.6-1.2)',
    ].join('\n'))).toEqual([
      ['glucose', 112, 'mg/dL', 70, 100, 'high'],
      ['creatinine', 0.9, 'mg/dL', 0.6, 1.2, 'normal'],
    ]);
    expect(coded([
      '1/8/26, 4:22\u202fPM - City Lab: Potassium 5.9 mmol/L (3.5-5.1) H',
      '1/8/26, 4:23\u202fPM - City Lab: Magnesium 0.8 mmol/L (0.7-1.0)',
    ].join('\n'))).toEqual([
      ['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'],
      ['magnesium', 0.8, 'mmol/L', 0.7, 1, 'normal'],
    ]);
  });

  it('reads a name in WhatsApp\'s bold (`*HBsAg (Rapid)*`) before `=` and its answer', () => {
    expect(coded([
      '[02/03/2026, 9:01:10 am] Lab: *Anti-HCV (Rapid)* = Non-Reactive',
      '[02/03/2026, 9:01:11 am] Lab: *Serum Potassium (K)* = 4.2 mmol/L (3.5-5.1)',
    ].join('\n'))).toEqual([
      ['hepatitis-c-antibody', null, null, null, null, null],
      ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal'],
    ]);
  });

  it('reads `⚠️ alterado` (Portuguese: abnormal) after a range as a flag the range decides', () => {
    expect(coded([
      '[04/12/2026, 10:01:02] Lab Saúde: Ferritina: 12 ng/mL (VR: 15 a 150) ⚠️ alterado',
      '[04/12/2026, 10:01:03] Lab Saúde: Glicose: 112 mg/dL (VR: 70 a 99) ⚠️ alterado',
      '[04/12/2026, 10:01:03] Lab Saúde: Ureia: 30 mg/dL (VR: 15 a 40)',
    ].join('\n'))).toEqual([
      ['ferritin', 12, 'ng/mL', 15, 150, 'low'],
      ['glucose', 112, 'mg/dL', 70, 99, 'high'],
      ['urea', 30, 'mg/dL', 15, 40, 'normal'],
    ]);
  });

  it('leaves a report\'s own dated line, not a chat, as it was', () => {
    expect(coded('Collected: 12/03/2026, 09:14\nSodium 140 mmol/L (135-145)'))
      .toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('text7: an SMS whose results run between semicolons inside the laboratory\'s sentences', () => {
  it('reads the results, not the sentence before the first nor after the last', () => {
    expect(coded([
      'From: CITYLAB',
      'Dear Patient, results for Ref. AB-77 are ready. Na 138mmol/L (135-145); K 5.6mmol/L (3.5-5.1) H; Creat 120umol/L (62-106) H. More to follow',
      '',
      'ALT 30U/L (<40); AST 52U/L (<40) H. Please visit our branch for the printed copy. Thank you.',
    ].join('\n'))).toEqual([
      ['sodium', 138, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high'],
      ['creatinine', 120, 'umol/L', 62, 106, 'high'],
      ['alanine-aminotransferase', 30, 'U/L', null, 40, 'normal'],
      ['aspartate-aminotransferase', 52, 'U/L', null, 40, 'high'],
    ]);
  });

  it('reads no rows from sentences with semicolons and no results', () => {
    expect(coded('Please fast 10 hours; bring your ID; results in 2 days. Call 0700 123 456.')).toEqual([]);
  });
});

describe('text7: emoji after a row\'s range', () => {
  it('are decoration; a warning sign beside a flag word gives the word, an arrow emoji its direction, a check mark normal', () => {
    expect(coded([
      '- **Iron:** 45 ug/dL (ref 50–170) ⚠️ Low',
      '- **Sodium:** 139 mmol/L (ref 135–145) ✅',
      '- **ALT:** 61 U/L (ref 0–44) 🔺',
      '- **Albumin:** 3.2 g/dL (ref 3.5–5.0) 🔻',
      '- **Potassium:** 4.1 mmol/L (ref 3.5–5.1) ✅ Normal',
    ].join('\n'))).toEqual([
      ['iron', 45, 'ug/dL', 50, 170, 'low'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
      ['alanine-aminotransferase', 61, 'U/L', 0, 44, 'high'],
      ['albumin', 3.2, 'g/dL', 3.5, 5, 'low'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
    ]);
  });

  it('reads no row from a sentence that gives a target or goal', () => {
    expect(coded('- Your doctor mentioned a target LDL < 100 mg/dL.\n- Cut down on salt; the nurse set a goal HbA1c < 7 %.')).toEqual([]);
  });
});

describe('text7: a portal page copied with its buttons', () => {
  it('reads a button cell after the unit (`View trend`, `Details`, `See more`) as no part of the unit', () => {
    expect(coded([
      'Test\tResult\tFlag\tReference Range\tUnits\t',
      'Platelets\t410\tH\t150 - 400\tx10E9/L\tView trend',
      'Ferritin\t40\t\t30 - 300\tug/L\tSee more',
      'Sodium\t139\t\t135 - 145\tmmol/L\tDetails',
    ].join('\n'))).toEqual([
      ['platelet-count', 410, '10*9/L', 150, 400, 'high'],
      ['ferritin', 40, 'ug/L', 30, 300, 'normal'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
    ]);
  });

  it('codes a differential\'s count (x10E9/L) as the absolute count, its per cent as the percentage', () => {
    expect(coded([
      'Test\tResult\tFlag\tReference Range\tUnits\t',
      'Monocytes\t0.9\tH\t0.2 - 0.8\tx10E9/L\tView trend',
      'Eosinophils\t0.3\t\t0.0 - 0.5\tx10E9/L\tView trend',
      'Basophils\t1\t\t0 - 2\t%\tView trend',
    ].join('\n'))).toEqual([
      ['monocytes-absolute', 0.9, '10*9/L', 0.2, 0.8, 'high'],
      ['eosinophils-absolute', 0.3, '10*9/L', 0, 0.5, 'normal'],
      ['basophils', 1, '%', 0, 2, 'normal'],
    ]);
  });

  it('reads a row with neither range nor flag before the button', () => {
    expect(coded([
      'Component\tYour Value\tStandard Range\tFlag\t',
      'Hemoglobin A1C\t5.9 %\t4.0 - 5.6 %\tHigh\tView trend',
      'Estimated Average Glucose\t123 mg/dL\t\t\tView trend',
    ].join('\n'))).toEqual([
      ['hemoglobin-a1c', 5.9, '%', 4, 5.6, 'high'],
      ['estimated-average-glucose', 123, 'mg/dL', null, null, null],
    ]);
  });
});

describe('text7: comments around rows', () => {
  it('reads a row with a comment after its range, and no row from a quoted comment', () => {
    expect(coded([
      'Dr Smith\'s comment: “All fine – recheck in 6 months.”',
      'Magnesium: 0.62 mmol/L (0.70 – 1.00) – “? old sample” per lab, repeat next week',
      'Sodium: 139 mmol/L (135 – 145)',
    ].join('\n'))).toEqual([
      ['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
    ]);
  });

  it('reads a tiered comment under a row (`Insufficiency: 20-29 ng/mL. Deficiency: <20 ng/mL.`) as no row', () => {
    expect(coded([
      'VITAMIN D, 25-OH                   18 L                          30-100 ng/mL             EN',
      '  Insufficiency: 20-29 ng/mL. Deficiency: <20 ng/mL.',
      'MAGNESIUM                          2.0                           1.7-2.2 mg/dL            EN',
    ].join('\n'))).toEqual([
      ['vitamin-d', 18, 'ng/mL', 30, 100, 'low'],
      ['magnesium', 2, 'mg/dL', 1.7, 2.2, 'normal'],
    ]);
  });

  it('reads a range broken after its dash onto the next line', () => {
    expect(coded('Albumin 4.5 g/dL 3.9 - 4.9\nCalcium 9.1 mg/dL 8.7 -\n10.2\nSodium 140 mmol/L 134 - 144')).toEqual([
      ['albumin', 4.5, 'g/dL', 3.9, 4.9, 'normal'],
      ['calcium', 9.1, 'mg/dL', 8.7, 10.2, 'normal'],
      ['sodium', 140, 'mmol/L', 134, 144, 'normal'],
    ]);
  });
});

describe('text7 review: a date and time before a line that is no chat message', () => {
  it('keeps the test\'s name when each line\'s "sender" is its own test (an app\'s dated log)', () => {
    expect(coded([
      'Results history (exported from MyHealth app)',
      '03/12/2026, 07:30 - Fasting glucose: 5.4 mmol/L (3.9-5.5)',
      '05/12/2026, 07:45 - Creatinine: 130 umol/L (60-110)',
    ].join('\n'))).toEqual([
      ['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal'],
      ['creatinine', 130, 'umol/L', 60, 110, 'high'],
    ]);
  });

  it('keeps a name the catalog knows though it repeats on every line (`INR:`)', () => {
    expect(coded('01/03/2026, 10:00 - INR: 2.4 (2.0-3.0)\n15/03/2026, 10:05 - INR: 3.6 (2.0-3.0)')).toEqual([
      ['inr', 2.4, '{ratio}', 2, 3, 'normal'],
      ['inr', 3.6, '{ratio}', 2, 3, 'high'],
    ]);
  });

  it('reads a log\'s bracketed stamps (ISO, day first) and a `Ref:` label as no sender', () => {
    expect(coded([
      '[2026-03-12 09:14:05] Potassium: 4.1 mmol/L (3.5-5.1)',
      '[2026-03-12 09:14:07] Sodium: 131 mmol/L (135-145)',
      '',
      '[12/03/2026 09:14] Glucose: 101 mg/dL (70-99)',
      '12/03/2026, 09:14 - Glucose 95 mg/dL (Ref: 70-99)',
      '13/03/2026, 09:10 - Glucose 104 mg/dL (Ref: 70-99)',
    ].join('\n'))).toEqual([
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
      ['sodium', 131, 'mmol/L', 135, 145, 'low'],
      ['glucose', 101, 'mg/dL', 70, 99, 'high'],
      ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
      ['glucose', 104, 'mg/dL', 70, 99, 'high'],
    ]);
  });

  it('strips a repeated sender that has a colon in it (`Lab: City Diagnostics:`)', () => {
    expect(coded([
      '[12/03/26, 9:14 AM] Lab: City Diagnostics: Sodium 140 mmol/L (135-145)',
      '[12/03/26, 9:15 AM] Lab: City Diagnostics: Potassium 5.8 mmol/L (3.5-5.1)',
      '[12/03/26, 9:20 AM] Me: thanks!',
    ].join('\n'))).toEqual([
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.8, 'mmol/L', 3.5, 5.1, 'high'],
    ]);
  });
});

describe('text7 review: target cells on a blood film', () => {
  it('reads `target cells` / `target forms` rows as rows, no target sentence', () => {
    expect(coded([
      'BLOOD FILM',
      'Test  Result  Units',
      'Erythrocytes, target cells  2  %',
      'RBC target cells  3  %',
      'Poikilocytes, target  1  %',
      'Red cells - target forms  4  %',
    ].join('\n'))).toEqual([
      ['?Erythrocytes, target cells', 2, '%', null, null, null],
      ['?RBC target cells', 3, '%', null, null, null],
      ['?Poikilocytes, target', 1, '%', null, null, null],
      ['?Red cells - target forms', 4, '%', null, null, null],
    ]);
  });
});

describe('text7 review: words after a range set off by a dash', () => {
  it('reads a critical flag phrase as the flag', () => {
    expect(coded('Potassium 6.8 mmol/L (3.5 – 5.1) – Critical high\nSodium 118 mmol/L (135 – 145) – Critically low')).toEqual([
      ['potassium', 6.8, 'mmol/L', 3.5, 5.1, 'critical-high'],
      ['sodium', 118, 'mmol/L', 135, 145, 'critical-low'],
    ]);
  });

  it('reads a unit after the dash as the row\'s unit', () => {
    expect(coded('Urine protein 0.3 (0 – 0.15) – g/24 h\nPlatelets 95 (150 – 400) – x10 9/L')).toEqual([
      ['proteins-in-urine', 0.3, 'g/24h', 0, 0.15, 'high'],
      ['platelet-count', 95, '10*9/L', 150, 400, 'low'],
    ]);
  });
});

describe('text7 review: a range broken after its dash', () => {
  it('leaves a number under another column, a smaller number and a page number apart', () => {
    // (Under a header, 38 at the margin is another column's, no upper bound: the open `15 -` is no 15–38.)
    const [ferritin] = coded('Result  Previous\nFerritin 45 ng/mL 15 -\n38');
    expect(ferritin!.slice(0, 3)).toEqual(['ferritin', 45, 'ng/mL']);
    expect(ferritin![4]).toBeNull();
    // (A smaller number, a page's `1`, is no upper bound: no range line reads `3.9 - 2` or `60 - 1`.)
    const ranges = (text: string) => rowsOf(text).map((r) => r.rangeText ?? null);
    expect(ranges('Albumin 4.5 g/dL 3.9 -\n2').filter((r) => r && /- *2$/.test(r))).toEqual([]);
    expect(ranges('HDL Cholesterol 55 mg/dL 40 -\neGFR 75 mL/min/1.73m2 60 -\n1').filter((r) => r && /- *1$/.test(r))).toEqual([]);
  });

  it('reads a unit with a comma after it (`ng/mL, ref 30 -` over `100`)', () => {
    expect(coded('Vitamin D: 45 ng/mL, ref 30 -\n100')).toEqual([['vitamin-d', 45, 'ng/mL', 30, 100, 'normal']]);
  });
});

describe('text7 review: emoji beside a printed range', () => {
  it('lets the range decide the flag over a check mark or a triangle alone', () => {
    expect(coded('Glucose 130 mg/dL (70-99) ✅\nCreatinine 0.9 mg/dL (0.6-1.2) 🔺')).toEqual([
      ['glucose', 130, 'mg/dL', 70, 99, 'high'],
      ['creatinine', 0.9, 'mg/dL', 0.6, 1.2, 'normal'],
    ]);
  });

  it('reads rows with a check mark in a `Reviewed` column', () => {
    expect(coded([
      'Test  Result  Flag  Range  Units  Reviewed',
      'Glucose  120  H  70-99  mg/dL  ✅',
      'Sodium  140     135-145  mmol/L  ✅',
      'Potassium  3.1  L  3.5-5.1  mmol/L  ✔',
    ].join('\n'))).toEqual([
      ['glucose', 120, 'mg/dL', 70, 99, 'high'],
      ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 3.1, 'mmol/L', 3.5, 5.1, 'low'],
    ]);
  });
});

describe('text7 review: an SMS\'s first result before a sentence stop', () => {
  it('reads all three results, the first one too', () => {
    expect(coded('Hb 13.5 g/dL. WBC 6.2 x10^9/L; Plt 250 x10^9/L')).toEqual([
      ['hemoglobin', 13.5, 'g/dL', null, null, null],
      ['white-blood-cell-count', 6.2, '10*9/L', null, null, null],
      ['platelet-count', 250, '10*9/L', null, null, null],
    ]);
  });
});
