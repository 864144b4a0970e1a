// rev-72 generator: writes made-up lab report PDFs (placed text, as LIS typesetters lay them out) and their keys.
// Deterministic: node gen.mjs
import { writeFileSync } from 'node:fs';
import { renderPlacedPdf } from '/work/main/dist/apps/labs-svc/src/testing/lab-pdf.renderer.js';

const OUT = new URL('./', import.meta.url);

// ---- key helpers -------------------------------------------------------------------------------------------
const FLAGS = { H: 'high', L: 'low', HH: 'critical-high', LL: 'critical-low', A: 'abnormal', '↑': 'high', '↓': 'low', N: 'normal' };
/** k(biomarker, printedValue, ucum, rangeText, low, high, printedFlag) -> key row */
function k(biomarker, printed, unit, rangeText, low, high, flag) {
  const p = String(printed).trim();
  const row = { biomarker };
  const num = p.replace(',', '.').match(/^([<>]=?)?\s*(-?\d+(?:\.\d+)?)$/);
  if (num) {
    row.value = Number(num[2]);
    if (num[1]) row.valueText = `${num[1]}${num[2]}`;
  } else {
    row.value = null;
    row.valueText = p;
  }
  row.unit = unit ?? null;
  const range = {};
  if (low != null) range.low = low;
  if (high != null) range.high = high;
  if (rangeText != null) range.text = rangeText;
  row.range = range;
  if (flag) row.flag = FLAGS[flag];
  else if (row.value != null && (low != null || high != null)) {
    row.flag = low != null && row.value < low ? 'low' : high != null && row.value > high ? 'high' : 'normal';
  } else if (row.value == null && rangeText != null && rangeText.toLowerCase() === p.toLowerCase()) row.flag = 'normal';
  else row.flag = null;
  return row;
}

const reports = [];
function report(file, pages, rows, opts) {
  reports.push({ file, pages, rows, opts });
}

// ---- layout helpers ----------------------------------------------------------------------------------------
const T = (text, x, y, extra = {}) => ({ text, x, y, ...extra });
const R = (text, x, y, extra = {}) => ({ text, x, y, align: 'right', ...extra });
const B = (text, x, y, extra = {}) => ({ text, x, y, font: 'bold', ...extra });

// ============================================================================================================
// 1. US hospital LIS: Test / Result (right-aligned) / Flag / Units / Reference Interval, CHEMISTRY, H/L/HH/LL
{
  const items = [
    B('ST. BRENDAN REGIONAL MEDICAL CENTER', 48, 52, { size: 13 }),
    T('Department of Pathology and Laboratory Medicine  ·  2200 Harbor Ridge Blvd, Tacoma WA 98402', 48, 66, { size: 8 }),
    T('CLIA 50D0987612   Medical Director: Renata Oyelaran, MD', 48, 77, { size: 8 }),
    T('Patient:', 48, 100), B('KOWALCZYK, DANIEL J', 95, 100), T('MRN: 004417823', 330, 100), T('DOB: 03/14/1968 (58Y)  Sex: M', 440, 100),
    T('Location: ED-14', 48, 112), T('Attending: P. Haldane, MD', 180, 112), T('Acct: 77120045', 330, 112),
    T('Collected: 11/28/2026 06:42', 48, 124), T('Received: 11/28/2026 06:58', 180, 124), T('Reported: 11/28/2026 08:15', 330, 124),
    B('Test', 48, 150), B('Result', 250, 150, { align: 'right' }), B('Flag', 262, 150), B('Units', 300, 150), B('Reference Interval', 400, 150),
    B('CHEMISTRY', 48, 170, { size: 10 }),
  ];
  const rows = [];
  const lines = [
    ['Glucose', '312', 'H', 'mg/dL', '70-99', k('glucose', '312', 'mg/dL', '70-99', 70, 99, 'H')],
    ['BUN', '38', 'H', 'mg/dL', '8-23', k('blood-urea-nitrogen', '38', 'mg/dL', '8-23', 8, 23, 'H')],
    ['Creatinine', '1.84', 'H', 'mg/dL', '0.70-1.30', k('creatinine', '1.84', 'mg/dL', '0.70-1.30', 0.7, 1.3, 'H')],
    ['eGFR (CKD-EPI 2021)', '42', 'L', 'mL/min/1.73m2', '>=60', k('egfr', '42', 'mL/min/{1.73_m2}', '>=60', 60, null, 'L')],
    ['Sodium', '126', 'LL', 'mmol/L', '136-145', k('sodium', '126', 'mmol/L', '136-145', 136, 145, 'LL')],
    ['Potassium', '6.4', 'HH', 'mmol/L', '3.5-5.1', k('potassium', '6.4', 'mmol/L', '3.5-5.1', 3.5, 5.1, 'HH')],
    ['Chloride', '94', 'L', 'mmol/L', '98-107', k('chloride', '94', 'mmol/L', '98-107', 98, 107, 'L')],
    ['CO2', '19', 'L', 'mmol/L', '22-29', k('carbon-dioxide', '19', 'mmol/L', '22-29', 22, 29, 'L')],
    ['Calcium', '9.1', '', 'mg/dL', '8.6-10.3', k('calcium', '9.1', 'mg/dL', '8.6-10.3', 8.6, 10.3)],
    ['Bilirubin, Total', '0.6', '', 'mg/dL', '0.2-1.2', k('total-bilirubin', '0.6', 'mg/dL', '0.2-1.2', 0.2, 1.2)],
    ['ALT', '47', 'H', 'U/L', '7-45', k('alanine-aminotransferase', '47', 'U/L', '7-45', 7, 45, 'H')],
    ['Magnesium', 'Pending', '', '', '', null],
  ];
  let y = 184;
  for (const [name, res, flag, unit, ref, key] of lines) {
    items.push(T(name, 56, y), R(res, 250, y), T(flag, 262, y, flag ? { font: 'bold' } : {}), T(unit, 300, y), T(ref, 400, y));
    if (key) rows.push(key);
    y += 13;
  }
  items.push(T('CRITICAL RESULT: Sodium 126, Potassium 6.4 called to and read back by RN T. Abernathy 11/28/2026 07:31 by LAB/MJK.', 48, y + 8, { size: 7.5 }));
  items.push(T('Specimen hemolysis index 12 (slight); potassium may be falsely elevated by up to 0.3 mmol/L.', 48, y + 18, { size: 7.5 }));
  items.push(T('H=High  L=Low  HH=Critical High  LL=Critical Low  A=Abnormal', 48, 740, { size: 7 }));
  items.push(T('Printed 11/28/2026 08:16   Page 1 of 1   ** FINAL **', 400, 760, { size: 7 }));
  report('us_hospital_lis_right_aligned_results_flag_column.pdf', [items], rows);
}

// ============================================================================================================
// 2. Test name on its own line, values on the line below (indented): hormone panel
{
  const items = [
    B('NORTHGATE REFERENCE LABORATORIES', 48, 50, { size: 12 }),
    T('1450 Commerce Pkwy, Suite 300, Tempe, AZ 85281   Tel 480-555-0190', 48, 63, { size: 8 }),
    T('PATIENT NAME', 48, 88, { size: 7 }), T('DOB', 220, 88, { size: 7 }), T('SEX', 300, 88, { size: 7 }), T('SPECIMEN ID', 360, 88, { size: 7 }), T('COLLECTED', 470, 88, { size: 7 }),
    B('ABERNETHY-ROSS, CALVIN', 48, 99), T('09/02/1979', 220, 99), T('Male', 300, 99), T('NR-2611-04472', 360, 99), T('11/20/2026 07:55', 470, 99),
    T('Ordering: Meridian Men\'s Health & Hormone Clinic, Dr. S. Varga', 48, 112, { size: 8 }), T('Fasting: Yes', 470, 112, { size: 8 }),
    B('ENDOCRINOLOGY', 48, 138, { size: 10 }),
    T('RESULT', 120, 152, { size: 7.5 }), T('FLAG', 190, 152, { size: 7.5 }), T('UNITS', 240, 152, { size: 7.5 }), T('REFERENCE RANGE', 330, 152, { size: 7.5 }),
  ];
  const rows = [];
  const blocks = [
    ['Testosterone, Total, LC/MS/MS', '412', '', 'ng/dL', '264 - 916', k('testosterone', '412', 'ng/dL', '264 - 916', 264, 916)],
    ['Testosterone, Free (Equilibrium Dialysis)', '48.2', 'L', 'pg/mL', '46.0 - 224.0', null],
    ['Sex Hormone Binding Globulin', '61', 'H', 'nmol/L', '16.5 - 55.9', k('shbg', '61', 'nmol/L', '16.5 - 55.9', 16.5, 55.9, 'H')],
    ['Estradiol, Sensitive', '24', '', 'pg/mL', '8 - 35', k('estradiol', '24', 'pg/mL', '8 - 35', 8, 35)],
    ['Luteinizing Hormone (LH)', '6.8', '', 'mIU/mL', '1.7 - 8.6', k('luteinizing-hormone', '6.8', 'm[IU]/mL', '1.7 - 8.6', 1.7, 8.6)],
    ['Follicle Stimulating Hormone (FSH)', '9.4', '', 'mIU/mL', '1.5 - 12.4', k('follicle-stimulating-hormone', '9.4', 'm[IU]/mL', '1.5 - 12.4', 1.5, 12.4)],
    ['DHEA Sulfate', '138', '', 'ug/dL', '102.6 - 416.3', k('dhea-sulfate', '138', 'ug/dL', '102.6 - 416.3', 102.6, 416.3)],
    ['IGF-1 (Insulin-like Growth Factor 1)', '142', '', 'ng/mL', '83 - 233', k('somatomedin-c', '142', 'ng/mL', '83 - 233', 83, 233)],
    ['PSA, Total', '1.12', '', 'ng/mL', '0.00 - 2.50', k('prostate-specific-antigen', '1.12', 'ng/mL', '0.00 - 2.50', 0, 2.5)],
    ['Dihydrotestosterone', 'Cancelled', '', '', '', null],
  ];
  // free testosterone key (flag L printed)
  blocks[1][5] = k('testosterone-free', '48.2', 'pg/mL', '46.0 - 224.0', 46, 224, 'L');
  let y = 170;
  for (const [name, res, flag, unit, ref, key] of blocks) {
    items.push(B(name, 48, y, { size: 9 }));
    if (res === 'Cancelled') {
      items.push(T('TEST CANCELLED - Quantity not sufficient (QNS). Please recollect.', 64, y + 11, { size: 8 }));
    } else {
      items.push(R(res, 150, y + 11), T(flag, 190, y + 11), T(unit, 240, y + 11), T(ref, 330, y + 11));
    }
    if (key) rows.push(key);
    y += 28;
  }
  items.push(T('Free testosterone by equilibrium dialysis performed at Northgate Esoterics, Tempe AZ.', 48, y + 4, { size: 7.5 }));
  items.push(T('Reference ranges are for adult males 19-49 years.', 48, y + 14, { size: 7.5 }));
  items.push(T('Electronically signed: Hollis Barrande, MD, PhD   11/21/2026 10:02 MST', 48, 730, { size: 8 }));
  report('us_name_own_line_values_indented_below_hormones.pdf', [items], rows);
}

// ============================================================================================================
// 3. Labcorp-like with a "Previous Result and Date" column (lipids, thyroid, cardio)
{
  const items = [
    B('Pinecrest Clinical Laboratories', 48, 48, { size: 12 }),
    T('Patient Report', 480, 48, { size: 10 }),
    T('Patient ID: 88213406   Specimen ID: 312-446-7781-0   Control ID: 40219981', 48, 64, { size: 8 }),
    T('TRELAWNEY, MARGOT E', 48, 80, { font: 'bold' }), T('DOB: 07/22/1961   Age: 65   Sex: Female', 250, 80, { size: 8 }),
    T('Date Collected: 11/17/2026   Date Received: 11/18/2026   Date Reported: 11/19/2026   Fasting: Yes', 48, 92, { size: 8 }),
    T('Ordered Items: Lipid Panel; Apolipoprotein B; Lipoprotein (a); hs-CRP; Homocysteine; TSH+Free T4', 48, 104, { size: 8 }),
    B('TESTS', 48, 128, { size: 8 }), B('RESULT', 210, 128, { size: 8 }), B('FLAG', 262, 128, { size: 8 }), B('PREVIOUS RESULT', 300, 128, { size: 8 }),
    B('UNITS', 405, 128, { size: 8 }), B('REFERENCE INTERVAL', 470, 128, { size: 8 }),
    B('Lipid Panel', 48, 146),
  ];
  const rows = [];
  const lines = [
    ['Cholesterol, Total', '231', 'High', '248  08/03/2026', 'mg/dL', '100-199', k('total-cholesterol', '231', 'mg/dL', '100-199', 100, 199, 'H')],
    ['Triglycerides', '142', '', '160  08/03/2026', 'mg/dL', '0-149', k('triglycerides', '142', 'mg/dL', '0-149', 0, 149)],
    ['HDL Cholesterol', '58', '', '55  08/03/2026', 'mg/dL', '>39', k('hdl-cholesterol', '58', 'mg/dL', '>39', 39, null)],
    ['LDL Chol Calc (NIH)', '147', 'High', '164  08/03/2026', 'mg/dL', '0-99', k('ldl-cholesterol', '147', 'mg/dL', '0-99', 0, 99, 'H')],
    null,
    ['Apolipoprotein B', '118', 'High', '', 'mg/dL', '<90', k('apolipoprotein-b', '118', 'mg/dL', '<90', null, 90, 'H')],
    ['Lipoprotein (a)', '212.4', 'High', '198.0  02/11/2025', 'nmol/L', '<75.0', k('lipoprotein-a', '212.4', 'nmol/L', '<75.0', null, 75, 'H')],
    ['C-Reactive Protein, Cardiac', '1.84', '', '3.10  08/03/2026', 'mg/L', '0.00-3.00', k('hs-crp', '1.84', 'mg/L', '0.00-3.00', 0, 3)],
    ['Homocyst(e)ine', '13.9', '', '', 'umol/L', '0.0-19.2', k('homocysteine', '13.9', 'umol/L', '0.0-19.2', 0, 19.2)],
    null,
    ['TSH', '5.210', 'High', '3.880  08/03/2026', 'uIU/mL', '0.450-4.500', k('thyroid-stimulating-hormone', '5.210', 'u[IU]/mL', '0.450-4.500', 0.45, 4.5, 'H')],
    ['T4,Free(Direct)', '1.08', '', '1.21  08/03/2026', 'ng/dL', '0.82-1.77', k('free-t4', '1.08', 'ng/dL', '0.82-1.77', 0.82, 1.77)],
  ];
  let y = 160;
  const heads = ['Cardiovascular Risk', 'Thyroid Panel'];
  for (const line of lines) {
    if (!line) { y += 6; items.push(B(heads.shift(), 48, y)); y += 14; continue; }
    const [name, res, flag, prev, unit, ref, key] = line;
    items.push(T(name, 56, y), T(res, 210, y), T(flag, 262, y), T(prev, 300, y), T(unit, 405, y), T(ref, 470, y));
    rows.push(key);
    y += 13;
  }
  items.push(T('Lp(a): Values >125 nmol/L indicate increased cardiovascular risk (NLA 2019).', 56, y + 6, { size: 7.5 }));
  items.push(T('Please note: Previous results are shown for comparison only.', 56, y + 16, { size: 7.5 }));
  items.push(T('Date Issued: 11/19/26 0712 ET   FINAL REPORT   Page 1 of 1', 48, 748, { size: 7.5 }));
  items.push(T('This document contains private and confidential health information protected by state and federal law.', 48, 760, { size: 6.5 }));
  report('us_previous_result_date_column_lipid_cardio_thyroid.pdf', [items], rows);
}

// ============================================================================================================
// 4. Quest-like CBC with a performing-site code column at the end ("01", "LC", "EZ")
{
  const items = [
    B('Coastal Diagnostics', 48, 48, { size: 14 }),
    T('COMPLETE BLOOD COUNT WITH DIFFERENTIAL/PLATELET', 48, 66, { size: 9, font: 'bold' }),
    T('Patient Information', 48, 86, { size: 7 }), T('Specimen Information', 250, 86, { size: 7 }), T('Client Information', 430, 86, { size: 7 }),
    T('OYELOWO, FEMI', 48, 97, { font: 'bold' }), T('Specimen: CD402917K', 250, 97, { size: 8 }), T('Client #: 58812', 430, 97, { size: 8 }),
    T('DOB: 12/01/1984  AGE: 42', 48, 108, { size: 8 }), T('Collected: 11/24/2026 / 08:10 PST', 250, 108, { size: 8 }), T('VALLEJO FAMILY MEDICINE', 430, 108, { size: 8 }),
    T('Gender: M   Fasting: N', 48, 119, { size: 8 }), T('Reported: 11/24/2026 / 15:47 PST', 250, 119, { size: 8 }),
    B('Test Name', 48, 142, { size: 8 }), B('In Range', 200, 142, { size: 8 }), B('Out Of Range', 260, 142, { size: 8 }), B('Reference Range', 350, 142, { size: 8 }), B('Lab', 540, 142, { size: 8 }),
  ];
  const rows = [];
  // [name, inRange, outOfRange (value + flag), units, ref, lab, key]
  const lines = [
    ['WHITE BLOOD CELL COUNT', '7.2', '', 'Thousand/uL', '3.8-10.8', '01', k('white-blood-cell-count', '7.2', '10*3/uL', '3.8-10.8', 3.8, 10.8)],
    ['RED BLOOD CELL COUNT', '', '6.02 H', 'Million/uL', '4.20-5.80', '01', k('red-blood-cell-count', '6.02', '10*6/uL', '4.20-5.80', 4.2, 5.8, 'H')],
    ['HEMOGLOBIN', '', '17.9 H', 'g/dL', '13.2-17.1', '01', k('hemoglobin', '17.9', 'g/dL', '13.2-17.1', 13.2, 17.1, 'H')],
    ['HEMATOCRIT', '', '53.8 H', '%', '38.5-50.0', '01', k('hematocrit', '53.8', '%', '38.5-50.0', 38.5, 50, 'H')],
    ['MCV', '89.4', '', 'fL', '80.0-100.0', '01', k('mean-corpuscular-volume', '89.4', 'fL', '80.0-100.0', 80, 100)],
    ['MCHC', '33.3', '', 'g/dL', '32.0-36.0', '01', k('mean-corpuscular-hemoglobin-concentration', '33.3', 'g/dL', '32.0-36.0', 32, 36)],
    ['PLATELET COUNT', '231', '', 'Thousand/uL', '140-400', '01', k('platelet-count', '231', '10*3/uL', '140-400', 140, 400)],
    ['ABSOLUTE NEUTROPHILS', '4190', '', 'cells/uL', '1500-7800', 'LC', k('neutrophils-absolute', '4190', '/uL', '1500-7800', 1500, 7800)],
    ['ABSOLUTE LYMPHOCYTES', '2210', '', 'cells/uL', '850-3900', 'LC', k('lymphocytes-absolute', '2210', '/uL', '850-3900', 850, 3900)],
    ['ABSOLUTE EOSINOPHILS', '', '562 H', 'cells/uL', '15-500', 'LC', k('eosinophils-absolute', '562', '/uL', '15-500', 15, 500, 'H')],
    ['NEUTROPHILS', '58.2', '', '%', '', 'LC', k('neutrophils', '58.2', '%', null, null, null)],
  ];
  let y = 160;
  for (const [name, inR, outR, unit, ref, lab, key] of lines) {
    items.push(T(name, 56, y, { size: 8.5 }));
    if (inR) items.push(T(inR, 200, y, { size: 8.5 }));
    if (outR) items.push(T(outR, 260, y, { size: 8.5, font: 'bold' }));
    items.push(T(ref ? `${ref} ${unit}` : unit, 350, y, { size: 8.5 }), T(lab, 540, y, { size: 8.5 }));
    rows.push(key);
    y += 13;
  }
  y += 12;
  items.push(B('PERFORMING SITES:', 48, y, { size: 7.5 }));
  items.push(T('01  Coastal Diagnostics Sacramento, 3714 Alhambra Blvd, Sacramento CA 95817  Laboratory Director: Ivo Petrakis, MD, CLIA: 05D0712044', 48, y + 10, { size: 7 }));
  items.push(T('LC  Coastal Diagnostics Lodi Core, 220 Cherokee Ln, Lodi CA 95240  Laboratory Director: Ana Rubio-Ferrer, MD, CLIA: 05D2093318', 48, y + 19, { size: 7 }));
  items.push(T('Page 1 of 1', 520, 770, { size: 7 }));
  report('us_quest_style_cbc_in_out_of_range_site_code_column.pdf', [items], rows);
}

// ============================================================================================================
// 5. Method lines and comment lines under rows in a smaller font (endocrine + metabolic)
{
  const items = [
    B('HALVORSEN MEDICAL LABORATORY', 48, 48, { size: 12 }),
    T('Accredited to ISO 15189  ·  845 W. 12th Ave, Denver CO 80204', 48, 61, { size: 8 }),
    T('Patient: LINDQVIST, ASTRID M     DOB: 05/30/1990     Sex: F     Lab No: HML-26-331908', 48, 84, { size: 8.5 }),
    T('Requested by: Dr. Paulina Etxeberria (Integrative Endocrinology)     Collected: 11/26/2026 08:05     Reported: 11/27/2026', 48, 96, { size: 8 }),
    B('Analyte', 48, 120, { size: 8.5 }), B('Result', 240, 120, { size: 8.5, align: 'right' }), B('Units', 262, 120, { size: 8.5 }), B('Ref. Interval', 340, 120, { size: 8.5 }), B('Flag', 460, 120, { size: 8.5 }),
  ];
  const rows = [];
  const lines = [
    ['Cortisol, AM', '14.6', 'ug/dL', '6.2 - 19.4', '', k('cortisol', '14.6', 'ug/dL', '6.2 - 19.4', 6.2, 19.4), ['Method: ECLIA, Roche cobas e 801. Reference interval applies to samples collected 07:00 - 10:00.']],
    ['TSH', '2.41', 'mIU/L', '0.27 - 4.20', '', k('thyroid-stimulating-hormone', '2.41', 'm[IU]/L', '0.27 - 4.20', 0.27, 4.2), ['Method: ECLIA (3rd generation).']],
    ['Free T4', '0.89', 'ng/dL', '0.93 - 1.70', 'L', k('free-t4', '0.89', 'ng/dL', '0.93 - 1.70', 0.93, 1.7, 'L'), []],
    ['Insulin, Fasting', '14.2', 'uIU/mL', '2.6 - 24.9', '', k('insulin', '14.2', 'u[IU]/mL', '2.6 - 24.9', 2.6, 24.9), ['Comment: Patient confirmed fasting for 12 hours.']],
    ['Glucose, Fasting', '101', 'mg/dL', '70 - 99', 'H', k('glucose', '101', 'mg/dL', '70 - 99', 70, 99, 'H'), []],
    ['Hemoglobin A1c', '5.8', '%', '4.0 - 5.6', 'H', k('hemoglobin-a1c', '5.8', '%', '4.0 - 5.6', 4, 5.6, 'H'), ['Method: HPLC, Bio-Rad D-100 (NGSP certified).', 'Prediabetes: 5.7 - 6.4 %   Diabetes: >= 6.5 %   (ADA 2026)']],
    ['Vitamin D, 25-Hydroxy', '23.5', 'ng/mL', '30.0 - 100.0', 'L', k('vitamin-d', '23.5', 'ng/mL', '30.0 - 100.0', 30, 100, 'L'), ['Method: LC-MS/MS (D2 + D3). Insufficiency 20 - 29 ng/mL; deficiency < 20 ng/mL.']],
    ['Ferritin', '18', 'ng/mL', '15 - 150', '', k('ferritin', '18', 'ng/mL', '15 - 150', 15, 150), ['Comment: Iron stores may be depleted at ferritin below 30 ng/mL in the presence of symptoms.']],
    ['Progesterone', '0.4', 'ng/mL', '', '', k('progesterone', '0.4', 'ng/mL', 'Follicular phase 0.2 - 1.5   Luteal phase 1.7 - 27.0   Postmenopausal < 0.2', null, null), ['Follicular phase 0.2 - 1.5   Luteal phase 1.7 - 27.0   Postmenopausal < 0.2']],
  ];
  let y = 138;
  for (const [name, res, unit, ref, flag, key, notes] of lines) {
    items.push(T(name, 48, y), R(res, 240, y), T(unit, 262, y), T(ref, 340, y), T(flag, 460, y, { font: 'bold' }));
    rows.push(key);
    y += 11;
    for (const n of notes) { items.push(T(n, 62, y, { size: 6.5 })); y += 9; }
    y += 4;
  }
  items.push(T('Validated by: K. Mbeki, MLS(ASCP)   Authorised by: Dr. J. Aldana, Clinical Pathologist', 48, 740, { size: 7.5 }));
  report('us_method_and_comment_lines_small_font_endocrine.pdf', [items], rows);
}

// ============================================================================================================
// 6. Three-page report, repeated letterhead/banner/footer, LIPIDS heading at the bottom of page 1
{
  const head = (p) => [
    B('MERCY VALLEY HEALTH SYSTEM  -  CORE LABORATORY', 48, 44, { size: 11 }),
    T('4100 Lindenwood Ave, Springfield MO 65807  |  (417) 555-0143  |  CLIA 26D0456172', 48, 56, { size: 7.5 }),
    T('Name: DELACROIX-MBEKI, SIMONE', 48, 76, { size: 8.5, font: 'bold' }), T('MRN: 20931877', 260, 76, { size: 8.5 }), T('DOB: 10/09/1975  F', 370, 76, { size: 8.5 }), T('Visit: OP-55817', 480, 76, { size: 8.5 }),
    T('Collected: 11/30/2026 07:20', 48, 87, { size: 8 }), T('Ordering: Rhee, Jonathan MD', 260, 87, { size: 8 }), T('Report status: Final', 480, 87, { size: 8 }),
    B('Component', 48, 108, { size: 8 }), B('Value', 250, 108, { size: 8, align: 'right' }), B('Flag', 262, 108, { size: 8 }), B('Units', 300, 108, { size: 8 }), B('Ref Range', 390, 108, { size: 8 }),
    T(`Page ${p} of 3`, 290, 770, { size: 7.5 }),
    T('DELACROIX-MBEKI, SIMONE  MRN 20931877', 48, 770, { size: 6.5 }), T('Printed 12/01/2026 06:03', 480, 770, { size: 6.5 }),
  ];
  const pages = [head(1), head(2), head(3)];
  const rows = [];
  const put = (p, y, name, res, flag, unit, ref, key) => {
    pages[p].push(T(name, 56, y), R(res, 250, y), T(flag, 262, y), T(unit, 300, y), T(ref, 390, y));
    if (key) rows.push(key);
  };
  let y = 128;
  pages[0].push(B('HEMATOLOGY', 48, y, { size: 10 })); y += 15;
  const heme = [
    ['WBC', '4.1', '', 'x10^3/uL', '4.0-10.5', k('white-blood-cell-count', '4.1', '10*3/uL', '4.0-10.5', 4, 10.5)],
    ['Hemoglobin', '11.2', 'L', 'g/dL', '11.5-15.0', k('hemoglobin', '11.2', 'g/dL', '11.5-15.0', 11.5, 15, 'L')],
    ['Hematocrit', '34.6', 'L', '%', '35.0-45.0', k('hematocrit', '34.6', '%', '35.0-45.0', 35, 45, 'L')],
    ['Platelets', '412', '', 'x10^3/uL', '150-450', k('platelet-count', '412', '10*3/uL', '150-450', 150, 450)],
    ['ESR (Westergren)', '28', 'H', 'mm/hr', '0-20', k('erythrocyte-sedimentation-rate', '28', 'mm/h', '0-20', 0, 20, 'H')],
  ];
  for (const r of heme) { put(0, y, ...r); y += 13; }
  y += 8; pages[0].push(B('CHEMISTRY', 48, y, { size: 10 })); y += 15;
  const chem = [
    ['Sodium', '139', '', 'mmol/L', '135-145', k('sodium', '139', 'mmol/L', '135-145', 135, 145)],
    ['Creatinine', '0.78', '', 'mg/dL', '0.57-1.00', k('creatinine', '0.78', 'mg/dL', '0.57-1.00', 0.57, 1)],
    ['Iron', '41', 'L', 'ug/dL', '50-170', k('iron', '41', 'ug/dL', '50-170', 50, 170, 'L')],
    ['Transferrin Saturation', '10', 'L', '%', '15-55', k('transferrin-saturation', '10', '%', '15-55', 15, 55, 'L')],
    ['Ferritin', '9', 'L', 'ng/mL', '11-307', k('ferritin', '9', 'ng/mL', '11-307', 11, 307, 'L')],
    ['hs-CRP', '<0.3', '', 'mg/L', '<3.0', k('hs-crp', '<0.3', 'mg/L', '<3.0', null, 3)],
  ];
  for (const r of chem) { put(0, y, ...r); y += 13; }
  pages[0].push(B('LIPIDS', 48, 740, { size: 10 }));
  pages[0].push(T('(continued on next page)', 480, 752, { size: 7 }));
  y = 128;
  const lipids = [
    ['Cholesterol', '204', 'H', 'mg/dL', '<200', k('total-cholesterol', '204', 'mg/dL', '<200', null, 200, 'H')],
    ['Triglyceride', '96', '', 'mg/dL', '<150', k('triglycerides', '96', 'mg/dL', '<150', null, 150)],
    ['HDL Cholesterol', '71', '', 'mg/dL', '>=40', k('hdl-cholesterol', '71', 'mg/dL', '>=40', 40, null)],
    ['LDL Cholesterol, Calc', '114', 'H', 'mg/dL', '<100', k('ldl-cholesterol', '114', 'mg/dL', '<100', null, 100, 'H')],
    ['Chol/HDL Ratio', '2.9', '', '', '<5.0', k('cholesterol-hdl-ratio', '2.9', '{ratio}', '<5.0', null, 5)],
  ];
  for (const r of lipids) { put(1, y, ...r); y += 13; }
  y += 8; pages[1].push(B('ENDOCRINOLOGY', 48, y, { size: 10 })); y += 15;
  const endo = [
    ['TSH', '1.86', '', 'uIU/mL', '0.40-4.00', k('thyroid-stimulating-hormone', '1.86', 'u[IU]/mL', '0.40-4.00', 0.4, 4)],
    ['Estradiol', '38', '', 'pg/mL', 'See note', k('estradiol', '38', 'pg/mL', 'See note', null, null)],
    ['FSH', '61.4', '', 'mIU/mL', 'See note', k('follicle-stimulating-hormone', '61.4', 'm[IU]/mL', 'See note', null, null)],
    ['Testosterone, Total', '22', '', 'ng/dL', '8-48', k('testosterone', '22', 'ng/dL', '8-48', 8, 48)],
    ['Vitamin D, 25-OH, Total', '41', '', 'ng/mL', '30-100', k('vitamin-d', '41', 'ng/mL', '30-100', 30, 100)],
  ];
  for (const r of endo) { put(1, y, ...r); y += 13; }
  y += 4;
  for (const n of ['Estradiol (pg/mL): Follicular 19-144  Mid-cycle 64-357  Luteal 56-214  Postmenopausal <32',
    'FSH (mIU/mL): Follicular 2.5-10.2  Mid-cycle 3.4-33.4  Luteal 1.5-9.1  Postmenopausal 23.0-116.3']) { pages[1].push(T(n, 62, y, { size: 7 })); y += 10; }
  y = 128;
  pages[2].push(B('URINALYSIS', 48, y, { size: 10 })); y += 15;
  const ua = [
    ['Appearance', 'Cloudy', 'A', '', 'Clear', k('urine-appearance', 'Cloudy', null, 'Clear', null, null, 'A')],
    ['Specific Gravity', '1.018', '', '', '1.005-1.030', k('specific-gravity-urine', '1.018', '{ratio}', '1.005-1.030', 1.005, 1.03)],
    ['Protein', 'Negative', '', '', 'Negative', k('protein-urine-presence', 'Negative', null, 'Negative', null, null)],
    ['Blood', 'Negative', '', '', 'Negative', k('hemoglobin-urine-presence', 'Negative', null, 'Negative', null, null)],
    ['Nitrite', 'Positive', 'A', '', 'Negative', k('nitrite-in-urine', 'Positive', null, 'Negative', null, null, 'A')],
    ['Leukocyte Esterase', '2+', 'A', '', 'Negative', k('leukocyte-esterase-urine', '2+', null, 'Negative', null, null, 'A')],
    ['Urine Culture', 'Cancelled', '', '', '', null],
  ];
  for (const r of ua) { put(2, y, ...r); y += 13; }
  pages[2].push(T('Urine culture cancelled: specimen received unrefrigerated > 24 h. Recollect if clinically indicated.', 62, y, { size: 7 }));
  pages[2].push(T('*** END OF REPORT ***', 250, y + 30, { size: 8 }));
  report('us_three_page_repeated_banner_heading_at_page_bottom.pdf', pages, rows);
}

// ============================================================================================================
// 7. Narrow Units column: the unit wraps onto a second line
{
  const items = [
    B('Sagebrush Community Hospital Laboratory', 48, 50, { size: 12 }),
    T('Bend, OR 97701   ·   Lab Director Miriam Castellanos, MD', 48, 62, { size: 8 }),
    T('Pt: HALLORAN, SEAMUS P    DOB 02/18/1958    M    Acc# SCH26-0913341    Coll: 11/21/2026 09:12    Rec: 11/21/2026 09:40', 48, 84, { size: 7.5 }),
    B('Test', 48, 108, { size: 8 }), B('Result', 215, 108, { size: 8, align: 'right' }), B('Units', 225, 108, { size: 8 }), B('Normal Range', 275, 108, { size: 8 }), B('Status', 370, 108, { size: 8 }),
  ];
  const rows = [];
  const lines = [
    ['eGFR', '68', ['mL/min/', '1.73m2'], '>60', '', k('egfr', '68', 'mL/min/{1.73_m2}', '>60', 60, null)],
    ['WBC Count', '11.9', ['x10E3/', 'uL'], '3.4-10.8', 'H', k('white-blood-cell-count', '11.9', '10*3/uL', '3.4-10.8', 3.4, 10.8, 'H')],
    ['Platelet Count', '138', ['x10E3/', 'uL'], '150-450', 'L', k('platelet-count', '138', '10*3/uL', '150-450', 150, 450, 'L')],
    ['Neutrophils, Absolute', '8.9', ['x10E3/', 'uL'], '1.4-7.0', 'H', k('neutrophils-absolute', '8.9', '10*3/uL', '1.4-7.0', 1.4, 7, 'H')],
    ['LH', '11.2', ['mIU/', 'mL'], '1.7-8.6', 'H', k('luteinizing-hormone', '11.2', 'm[IU]/mL', '1.7-8.6', 1.7, 8.6, 'H')],
    ['Insulin', '6.1', ['uIU/', 'mL'], '2.6-24.9', '', k('insulin', '6.1', 'u[IU]/mL', '2.6-24.9', 2.6, 24.9)],
    ['PSA, Total', '4.62', ['ng/mL'], '0.00-4.00', 'H', k('prostate-specific-antigen', '4.62', 'ng/mL', '0.00-4.00', 0, 4, 'H')],
    ['Testosterone, Free', '62.4', ['pg/mL'], '35.0-155.0', '', k('testosterone-free', '62.4', 'pg/mL', '35.0-155.0', 35, 155)],
    ['Microalb/Creat Ratio', '41', ['mg/g', 'creat'], '0-29', 'H', k('microalbumin-creatinine-ratio', '41', 'mg/g', '0-29', 0, 29, 'H')],
  ];
  let y = 126;
  for (const [name, res, unit, ref, flag, key] of lines) {
    items.push(T(name, 48, y), R(res, 215, y), T(unit[0], 225, y, { size: 8 }), T(ref, 275, y), T(flag, 370, y));
    if (unit[1]) items.push(T(unit[1], 225, y + 9, { size: 8 }));
    rows.push(key);
    y += unit[1] ? 22 : 14;
  }
  items.push(T('Free PSA % = 15.4 (calculated). Probability of prostate cancer depends on age and free PSA % - see AUA guidance.', 48, y + 6, { size: 7 }));
  items.push(T('End of report', 48, y + 26, { size: 7 }));
  report('us_narrow_unit_column_wrapped_units.pdf', [items], rows);
}

// ============================================================================================================
// 8. Arrows (Symbol font) right after the value, men's health panel
{
  const items = [
    B('VIGOR MEN\'S HEALTH  |  LAB SUMMARY', 48, 50, { size: 12 }),
    T('Results received from partner laboratory (Accession VMH-88-20417)  ·  Provider: Nadia Okonkwo-Reyes, PA-C', 48, 63, { size: 8 }),
    T('Member: ESPINOZA, RAFAEL A   DOB 04/11/1987   Collected 11/25/2026 07:30 AM   Resulted 11/26/2026', 48, 80, { size: 8.5 }),
    B('Biomarker', 48, 104, { size: 8.5 }), B('Your Result', 230, 104, { size: 8.5 }), B('Unit', 320, 104, { size: 8.5 }), B('Reference', 400, 104, { size: 8.5 }),
  ];
  const rows = [];
  const lines = [
    ['Total Testosterone', '1184', '↑', 'ng/dL', '264 - 916', k('testosterone', '1184', 'ng/dL', '264 - 916', 264, 916, '↑')],
    ['Free Testosterone', '312.5', '↑', 'pg/mL', '46.0 - 224.0', k('testosterone-free', '312.5', 'pg/mL', '46.0 - 224.0', 46, 224, '↑')],
    ['Estradiol', '61.3', '↑', 'pg/mL', '7.6 - 42.6', k('estradiol', '61.3', 'pg/mL', '7.6 - 42.6', 7.6, 42.6, '↑')],
    ['SHBG', '14.1', '↓', 'nmol/L', '16.5 - 55.9', k('shbg', '14.1', 'nmol/L', '16.5 - 55.9', 16.5, 55.9, '↓')],
    ['Hematocrit', '52.4', '↑', '%', '37.5 - 51.0', k('hematocrit', '52.4', '%', '37.5 - 51.0', 37.5, 51, '↑')],
    ['Hemoglobin', '17.4', '', 'g/dL', '13.0 - 17.7', k('hemoglobin', '17.4', 'g/dL', '13.0 - 17.7', 13, 17.7)],
    ['PSA', '0.84', '', 'ng/mL', '0.00 - 4.00', k('prostate-specific-antigen', '0.84', 'ng/mL', '0.00 - 4.00', 0, 4)],
    ['LH', '<0.3', '↓', 'mIU/mL', '1.7 - 8.6', k('luteinizing-hormone', '<0.3', 'm[IU]/mL', '1.7 - 8.6', 1.7, 8.6, '↓')],
    ['FSH', '<0.3', '↓', 'mIU/mL', '1.5 - 12.4', k('follicle-stimulating-hormone', '<0.3', 'm[IU]/mL', '1.5 - 12.4', 1.5, 12.4, '↓')],
    ['ApoB', '104', '↑', 'mg/dL', '< 90', k('apolipoprotein-b', '104', 'mg/dL', '< 90', null, 90, '↑')],
  ];
  let y = 124;
  for (const [name, res, arrow, unit, ref, key] of lines) {
    items.push(T(name, 48, y), T(res, 230, y, arrow ? { font: 'bold' } : {}));
    if (arrow) items.push(T(arrow, 230 + res.length * 5.6 + 4, y, { font: 'symbol' }));
    items.push(T(unit, 320, y), T(ref, 400, y));
    rows.push(key);
    y += 15;
  }
  items.push(T('Symbol font arrows: ', 48, y + 8, { size: 7 }), T('↑', 112, y + 8, { size: 7, font: 'symbol' }), T('above range', 120, y + 8, { size: 7 }),
    T('↓', 170, y + 8, { size: 7, font: 'symbol' }), T('below range', 178, y + 8, { size: 7 }));
  items.push(T('Patient reports testosterone cypionate 160 mg weekly; last injection 3 days before draw.', 48, y + 22, { size: 7 }));
  items.push(T('This summary is not a diagnosis. Discuss results with your clinician.', 48, 760, { size: 7 }));
  report('us_mens_health_symbol_arrows_after_value.pdf', [items], rows);
}

// ============================================================================================================
// 9. Columns without any header (values aligned only): iron and vitamins, censored >
{
  const items = [
    B('OAKRIDGE PATHOLOGY GROUP', 48, 50, { size: 11 }),
    T('Final Report', 500, 50, { size: 9 }),
    T('WINTERBOURNE, ELSIE   F   DOB 1952-08-03   Ref: Dr Q. Addo   Coll 26 Nov 2026 10:15   Lab # OPG-4471902', 48, 70, { size: 8 }),
    B('IRON STUDIES / VITAMINS', 48, 96, { size: 9 }),
  ];
  const rows = [];
  const lines = [
    ['Serum Iron', '58', 'ug/dL', '(37 - 145)', '', k('iron', '58', 'ug/dL', '37 - 145', 37, 145)],
    ['TIBC', '298', 'ug/dL', '(228 - 428)', '', k('total-iron-binding-capacity', '298', 'ug/dL', '228 - 428', 228, 428)],
    ['% Saturation', '19', '%', '(15 - 55)', '', k('transferrin-saturation', '19', '%', '15 - 55', 15, 55)],
    ['Ferritin', '412', 'ng/mL', '(15 - 150)', 'H', k('ferritin', '412', 'ng/mL', '15 - 150', 15, 150, 'H')],
    ['Vitamin B12', '1684', 'pg/mL', '(211 - 911)', 'H', k('vitamin-b12', '1684', 'pg/mL', '211 - 911', 211, 911, 'H')],
    ['Folate, Serum', '>24.0', 'ng/mL', '(>5.9)', '', k('folate', '>24.0', 'ng/mL', '>5.9', 5.9, null)],
    ['25-OH Vitamin D', '54', 'ng/mL', '(30 - 100)', '', k('vitamin-d', '54', 'ng/mL', '30 - 100', 30, 100)],
    ['Homocysteine', '16.8', 'umol/L', '(< 15.0)', 'H', k('homocysteine', '16.8', 'umol/L', '< 15.0', null, 15, 'H')],
    ['Methylmalonic Acid', '184', 'nmol/L', '(87 - 318)', '', k('methylmalonic-acid', '184', 'nmol/L', '87 - 318', 87, 318)],
  ];
  let y = 112;
  for (const [name, res, unit, ref, flag, key] of lines) {
    items.push(T(name, 60, y), R(res, 220, y), T(flag, 228, y, { font: 'bold' }), T(unit, 250, y), T(ref, 310, y));
    rows.push(key);
    y += 12;
  }
  items.push(T('Ferritin is an acute phase reactant; interpret with CRP. B12 elevated: ?supplementation.', 60, y + 8, { size: 7.5 }));
  items.push(T('Reported by: OPG Chemistry   Authorised: Dr L. Fairweather FRCPath', 48, 740, { size: 7.5 }));
  report('uk_style_headerless_aligned_columns_iron_vitamins.pdf', [items], rows);
}

// ============================================================================================================
// 10. Two-column page: two tables side by side (CHEMISTRY left, ENDOCRINOLOGY right)
{
  const items = [
    B('BLUE HERON LONGEVITY CLINIC  -  Baseline Panel', 48, 48, { size: 12 }),
    T('Patient: NAKAMURA-OLSEN, KEIJI   DOB 06/06/1971   M   Draw date 11/19/2026   Performing lab: Tidewater Reference Lab (CLIA 49D1122340)', 48, 62, { size: 7.5 }),
    B('CHEMISTRY', 48, 88, { size: 10 }), B('ENDOCRINOLOGY', 316, 88, { size: 10 }),
    B('Test', 48, 102, { size: 7.5 }), B('Result', 185, 102, { size: 7.5, align: 'right' }), B('Range', 222, 102, { size: 7.5 }),
    B('Test', 316, 102, { size: 7.5 }), B('Result', 455, 102, { size: 7.5, align: 'right' }), B('Range', 492, 102, { size: 7.5 }),
  ];
  const rows = [];
  const left = [
    ['Glucose', '94', 'mg/dL', '65-99', '', k('glucose', '94', 'mg/dL', '65-99', 65, 99)],
    ['HbA1c', '5.4', '%', '<5.7', '', k('hemoglobin-a1c', '5.4', '%', '<5.7', null, 5.7)],
    ['Insulin', '3.8', 'uIU/mL', '<18.4', '', k('insulin', '3.8', 'u[IU]/mL', '<18.4', null, 18.4)],
    ['ApoB', '71', 'mg/dL', '<90', '', k('apolipoprotein-b', '71', 'mg/dL', '<90', null, 90)],
    ['Lp(a)', '<10', 'nmol/L', '<75', '', k('lipoprotein-a', '<10', 'nmol/L', '<75', null, 75)],
    ['hs-CRP', '0.4', 'mg/L', '<1.0', '', k('hs-crp', '0.4', 'mg/L', '<1.0', null, 1)],
  ];
  const right = [
    ['Testosterone, Total', '538', 'ng/dL', '250-827', '', k('testosterone', '538', 'ng/dL', '250-827', 250, 827)],
    ['Testosterone, Free', '71.9', 'pg/mL', '46.0-224.0', '', k('testosterone-free', '71.9', 'pg/mL', '46.0-224.0', 46, 224)],
    ['Estradiol', '29', 'pg/mL', '<39', '', k('estradiol', '29', 'pg/mL', '<39', null, 39)],
    ['SHBG', '48', 'nmol/L', '10-50', '', k('shbg', '48', 'nmol/L', '10-50', 10, 50)],
    ['DHEA Sulfate', '88', 'mcg/dL', '61-442', '', k('dhea-sulfate', '88', 'ug/dL', '61-442', 61, 442)],
    ['TSH', '0.38', 'mIU/L', '0.40-4.50', 'L', k('thyroid-stimulating-hormone', '0.38', 'm[IU]/L', '0.40-4.50', 0.4, 4.5, 'L')],
    ['Cortisol, Total', '17.2', 'mcg/dL', '4.0-22.0', '', k('cortisol', '17.2', 'ug/dL', '4.0-22.0', 4, 22)],
  ];
  let y = 116;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i]) {
      const [ln, lr, lu, lref, lf] = left[i];
      items.push(T(ln, 48, y, { size: 8 }), R(lr + (lf ? ' ' + lf : ''), 185, y, { size: 8 }), T(`${lref} ${lu}`, 222, y, { size: 7.5 }));
    }
    if (right[i]) {
      const [rn, rr, ru, rref, rf] = right[i];
      items.push(T(rn, 316, y, { size: 8 }), R(rr + (rf ? ' ' + rf : ''), 455, y, { size: 8 }), T(`${rref} ${ru}`, 492, y, { size: 7.5 }));
    }
    y += 13;
  }
  // rows in reading order: left table then right table
  for (const l of left) rows.push(l[5]);
  for (const r of right) rows.push(r[5]);
  items.push(T('TSH mildly low with normal free T4; repeat in 6-8 weeks. Patient on no thyroid medication.', 48, y + 10, { size: 7.5 }));
  items.push(T('Reviewed: Dr. Ilse Brandvold, MD   11/21/2026', 48, 740, { size: 7.5 }));
  report('us_longevity_two_tables_side_by_side.pdf', [items], rows);
}

// ============================================================================================================
// 11. German report: decimal commas, µmol/l, 10^9/l, H/L flags after the value
{
  const items = [
    B('Labor Dr. Wiegand & Kollegen MVZ GmbH', 48, 48, { size: 12 }),
    T('Fachärzte für Laboratoriumsmedizin  ·  Theresienstraße 41  ·  80333 München  ·  Tel. 089 5550 4410', 48, 61, { size: 8 }),
    T('Patient:', 48, 84, { size: 8.5 }), B('Brandstätter, Jörg', 100, 84, { size: 8.5 }), T('geb. 17.01.1966', 250, 84, { size: 8.5 }), T('männlich', 340, 84, { size: 8.5 }),
    T('Auftragsnr.: 2611-84473', 48, 96, { size: 8 }), T('Eingang: 23.11.2026 09:41', 200, 96, { size: 8 }), T('Entnahme: 23.11.2026 08:10', 340, 96, { size: 8 }),
    T('Einsender: Praxis Dr. med. Hanne Voßkuhl, Innere Medizin', 48, 108, { size: 8 }),
    B('BEFUND', 48, 130, { size: 11 }),
    B('Untersuchung', 48, 148, { size: 8 }), B('Ergebnis', 230, 148, { size: 8, align: 'right' }), B('Einheit', 262, 148, { size: 8 }), B('Referenzbereich', 340, 148, { size: 8 }),
  ];
  const rows = [];
  const sections = [
    ['Hämatologie', [
      ['Leukozyten', '6,4', '', '10^9/l', '3,9 - 10,2', k('white-blood-cell-count', '6.4', '10*9/L', '3,9 - 10,2', 3.9, 10.2)],
      ['Hämoglobin', '14,8', '', 'g/dl', '13,5 - 17,2', k('hemoglobin', '14.8', 'g/dL', '13,5 - 17,2', 13.5, 17.2)],
      ['Thrombozyten', '412', 'H', '10^9/l', '146 - 328', k('platelet-count', '412', '10*9/L', '146 - 328', 146, 328, 'H')],
    ]],
    ['Klinische Chemie', [
      ['Kreatinin', '106', 'H', 'µmol/l', '59 - 104', null],
      ['eGFR (CKD-EPI)', '> 90', '', 'ml/min/1,73m²', '> 60', k('egfr', '>90', 'mL/min/{1.73_m2}', '> 60', 60, null)],
      ['Harnsäure', '452', 'H', 'µmol/l', '202 - 416', k('uric-acid', '452', 'umol/L', '202 - 416', 202, 416, 'H')],
      ['CRP', '< 0,5', '', 'mg/l', '< 5,0', k('c-reactive-protein', '<0.5', 'mg/L', '< 5,0', null, 5)],
      ['HbA1c (IFCC)', '41', 'H', 'mmol/mol', '20 - 38', k('hemoglobin-a1c', '41', 'mmol/mol', '20 - 38', 20, 38, 'H')],
    ]],
    ['Endokrinologie', [
      ['TSH basal', '2,15', '', 'mU/l', '0,27 - 4,20', k('thyroid-stimulating-hormone', '2.15', 'mU/L', '0,27 - 4,20', 0.27, 4.2)],
      ['Testosteron gesamt', '9,8', 'L', 'nmol/l', '10,0 - 35,0', k('testosterone', '9.8', 'nmol/L', '10,0 - 35,0', 10, 35, 'L')],
      ['Östradiol', '112', '', 'pmol/l', '41 - 159', k('estradiol', '112', 'pmol/L', '41 - 159', 41, 159)],
      ['25-OH-Vitamin D3', '48', 'L', 'nmol/l', '75 - 250', k('vitamin-d', '48', 'nmol/L', '75 - 250', 75, 250, 'L')],
      ['PSA gesamt', 'folgt', '', '', '', null],
    ]],
  ];
  sections[1][1][0][5] = k('creatinine', '106', 'umol/L', '59 - 104', 59, 104, 'H');
  let y = 166;
  for (const [title, lines] of sections) {
    items.push(B(title, 48, y, { size: 9 })); y += 13;
    for (const [name, res, flag, unit, ref, key] of lines) {
      items.push(T(name, 56, y), R(res, 230, y), T(flag, 236, y, { font: 'bold' }), T(unit, 262, y), T(ref, 340, y));
      if (key) rows.push(key);
      y += 12;
    }
    y += 6;
  }
  items.push(T('Kreatinin: Hinweis auf leicht eingeschränkte Nierenfunktion nicht gegeben (eGFR > 90). Vitamin-D-Mangel: Substitution erwägen.', 48, y + 4, { size: 7 }));
  items.push(T('PSA gesamt: Befund folgt.   H = oberhalb, L = unterhalb des Referenzbereichs.', 48, y + 13, { size: 7 }));
  items.push(T('Technisch freigegeben: MTL S. Kowalke   Medizinisch validiert: Dr. med. R. Wiegand   24.11.2026', 48, 730, { size: 7.5 }));
  items.push(T('Seite 1 von 1', 500, 770, { size: 7 }));
  report('de_befund_decimal_comma_si_units_flags.pdf', [items], rows);
}

// ============================================================================================================
// 12. Spanish report: decimal commas, arrows in their own column (Symbol), "Valores de referencia"
{
  const items = [
    B('LABORATORIO CLÍNICO SANTA ÁGUEDA', 48, 48, { size: 12 }),
    T('Avda. de la Constitución 118, 41001 Sevilla  ·  Tel. 954 55 01 22  ·  www.lab-santaagueda.example', 48, 61, { size: 8 }),
    T('Paciente: PEÑALOSA GARRIDO, INMACULADA', 48, 84, { size: 8.5, font: 'bold' }), T('F. nac.: 14/03/1979   Sexo: Mujer', 330, 84, { size: 8.5 }),
    T('Nº petición: 26-118842   Fecha extracción: 27/11/2026   Médico: Dra. Olalla Quintana', 48, 96, { size: 8 }),
    B('Prueba', 48, 120, { size: 8.5 }), B('Resultado', 250, 120, { size: 8.5, align: 'right' }), B('Unidades', 290, 120, { size: 8.5 }), B('Valores de referencia', 380, 120, { size: 8.5 }),
  ];
  const rows = [];
  const sections = [
    ['HEMATOLOGÍA', [
      ['Hemoglobina', '11,4', '↓', 'g/dL', '12,0 - 15,5', k('hemoglobin', '11.4', 'g/dL', '12,0 - 15,5', 12, 15.5, '↓')],
      ['Leucocitos', '5,82', '', 'x10^3/µL', '4,00 - 11,00', k('white-blood-cell-count', '5.82', '10*3/uL', '4,00 - 11,00', 4, 11)],
      ['V.S.G.', '24', '↑', 'mm/h', '0 - 20', k('erythrocyte-sedimentation-rate', '24', 'mm/h', '0 - 20', 0, 20, '↑')],
    ]],
    ['BIOQUÍMICA', [
      ['Glucosa', '88', '', 'mg/dL', '74 - 106', k('glucose', '88', 'mg/dL', '74 - 106', 74, 106)],
      ['Colesterol total', '238', '↑', 'mg/dL', '< 200', k('total-cholesterol', '238', 'mg/dL', '< 200', null, 200, '↑')],
      ['Ferritina', '8,6', '↓', 'ng/mL', '13,0 - 150,0', k('ferritin', '8.6', 'ng/mL', '13,0 - 150,0', 13, 150, '↓')],
    ]],
    ['HORMONAS', [
      ['TSH', '3,12', '', 'µUI/mL', '0,35 - 4,94', k('thyroid-stimulating-hormone', '3.12', 'u[IU]/mL', '0,35 - 4,94', 0.35, 4.94)],
      ['Prolactina', '31,8', '↑', 'ng/mL', '5,2 - 26,5', k('prolactin', '31.8', 'ng/mL', '5,2 - 26,5', 5.2, 26.5, '↑')],
      ['Testosterona total', '0,28', '', 'ng/mL', '0,11 - 0,57', k('testosterone', '0.28', 'ng/mL', '0,11 - 0,57', 0.11, 0.57)],
      ['Sulfato de DHEA', '196', '', 'µg/dL', '98,8 - 340,0', k('dhea-sulfate', '196', 'ug/dL', '98,8 - 340,0', 98.8, 340)],
    ]],
  ];
  let y = 138;
  for (const [title, lines] of sections) {
    items.push(B(title, 48, y, { size: 9.5 })); y += 13;
    for (const [name, res, arrow, unit, ref, key] of lines) {
      items.push(T(name, 56, y), R(res, 250, y), T(unit, 290, y), T(ref, 380, y));
      if (arrow) items.push(T(arrow, 262, y, { font: 'symbol' }));
      rows.push(key);
      y += 12;
    }
    y += 6;
  }
  items.push(T('Prolactina: se recomienda repetir la determinación en reposo (descartar macroprolactina).', 48, y + 4, { size: 7 }));
  items.push(T('Validado por: Dr. Ezequiel Montenegro Ruiz, Facultativo Especialista en Análisis Clínicos', 48, 740, { size: 7.5 }));
  items.push(T('Página 1 de 1', 500, 770, { size: 7 }));
  report('es_informe_decimal_comma_arrow_column.pdf', [items], rows);
}

// ---- write -------------------------------------------------------------------------------------------------
let total = 0;
for (const { file, pages, rows, opts } of reports) {
  const bytes = await renderPlacedPdf(pages, opts ?? {});
  writeFileSync(new URL(file, OUT), bytes);
  const key = { file, kind: 'pdf', rows: rows.filter(Boolean) };
  writeFileSync(new URL(`${file}.expected.json`, OUT), JSON.stringify(key, null, 1) + '\n');
  total += key.rows.length;
  console.log(file, key.rows.length);
}
console.log('TOTAL', total);
