import { catalog, coded } from '../../testing/reader.js';
import { analyzeReport } from './report-reader.js';

// (hl7md) Made-up reports of a longevity and hormone clinic: HL7 v2 messages, OCR tools' Markdown and HTML, inline
// `Name: value (Ref: …)` lines and semicolon lists. Expected rows written from what a clinician reads in each.

/** An HL7 message as the app reads a text upload (report-reader routes it to the HL7 reader), coded as `coded` codes. */
async function hl7(...segments: string[]) {
  const a = await analyzeReport('text', new TextEncoder().encode(segments.join('\r')), catalog, new Date('2026-01-01T00:00:00Z'));
  return a.results.map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit, c.range.low ?? null, c.range.high ?? null, c.flag]);
}
const MSH = 'MSH|^~\\&|LAB|CLIA|CLINIC|LC|20260218142200||ORU^R01|M1|P|2.5.1';
const PID = 'PID|1||P1^^^LC^MR||DOE^JOHN||19700101|M';

describe('hl7md 1: an OBX corrected or made final later in the message replaces the earlier one', () => {
  it('a corrected result (status C) replaces the final one of the same test sent before it', async () => {
    expect(await hl7(MSH, PID,
      'OBR|1|O1|A1|224576^Thyroid Panel^L|||202602170745',
      'OBX|1|NM|3016-3^TSH^LN||2.410|uIU/mL|0.450-4.500|N|||F',
      'OBX|2|NM|3024-7^Free T4^LN||1.28|ng/dL|0.82-1.77|N|||F',
      'OBX|3|NM|3016-3^TSH^LN||2.140|uIU/mL|0.450-4.500|N|||C',
    )).toEqual([
      ['free-t4', 1.28, 'ng/dL', 0.82, 1.77, 'normal'], ['thyroid-stimulating-hormone', 2.14, 'u[IU]/mL', 0.45, 4.5, 'normal']]);
  });

  it('a final result (F) replaces a preliminary one (P) of the same test; a preliminary one alone stays', async () => {
    expect(await hl7(MSH, PID,
      'OBR|1|O1|A1|INFL^Inflammation^L|||20260220090000',
      'OBX|1|NM|2276-4^Ferritin^LN||95|ng/mL|15-150||||P',
      'OBX|2|NM|2276-4^Ferritin^LN||96|ng/mL|15-150|N|||F',
      'OBX|3|NM|30522-7^hs-CRP^LN||0.4|mg/L|0.0-3.0||||P',
    )).toEqual([['ferritin', 96, 'ng/mL', 15, 150, 'normal'], ['hs-crp', 0.4, 'mg/L', 0, 3, 'normal']]);
  });

  it('negatives: the same test in two orders drawn at other times, two finals, and another sub-ID all stay', async () => {
    expect(await hl7(MSH, PID,
      'OBR|1|O1|A1|GLU^Glucose^L|||20260220080000',
      'OBX|1|NM|2345-7^Glucose^LN||91|mg/dL|70-99|N|||F',
      'OBR|2|O2|A2|GLU^Glucose^L|||20260220100000',
      'OBX|1|NM|2345-7^Glucose^LN||142|mg/dL|70-139|H|||C',
    )).toEqual([['glucose', 91, 'mg/dL', 70, 99, 'normal'], ['glucose', 142, 'mg/dL', 70, 139, 'high']]);
    expect(await hl7(MSH, PID,
      'OBR|1|O1|A1|GLU^Glucose^L|||20260220080000',
      'OBX|1|NM|2345-7^Glucose^LN|1|91|mg/dL|70-99|N|||F',
      'OBX|2|NM|2345-7^Glucose^LN|2|88|mg/dL|70-99|N|||C',
      'OBX|3|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.1|N|||F',
      'OBX|4|NM|2823-3^Potassium^LN||4.3|mmol/L|3.5-5.1|N|||F',
    )).toEqual([['glucose', 91, 'mg/dL', 70, 99, 'normal'], ['glucose', 88, 'mg/dL', 70, 99, 'normal'],
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'], ['potassium', 4.3, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
});
