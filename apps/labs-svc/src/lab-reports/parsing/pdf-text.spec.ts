import { PDFDocument } from 'pdf-lib';
import { longLabcorpReport, renderTextAsPdf, scannedPdf } from '../../testing/lab-pdf.renderer.js';
import { asUnreadable, assertPdfHasText, extractPdfLines, looksLikePdf, PdfUnreadableError, rebuildLines } from './pdf-text.js';

const item = (str: string, x: number, y: number, width = str.length * 5, size = 10) => ({ str, x, y, width, size });

describe('rebuildLines: rows from text positions', () => {
  it('groups items on one baseline (even a little off), orders them left to right, and marks gaps', () => {
    expect(rebuildLines([
      item('Glucose', 36, 700), item('mg/dL', 160, 700.8), item('110', 110, 699.6), item('70 - 99', 220, 700),
      item('Sodium', 36, 688), item('140', 110, 688),
      item('Hemo', 36, 676), item('globin', 56, 676), item('6.2', 110, 676),
    ])).toEqual(['Glucose  110  mg/dL  70 - 99', 'Sodium  140', 'Hemoglobin  6.2']);
  });

  it('keeps a line above the next even when they are close', () => {
    expect(rebuildLines([item('B', 36, 690), item('A', 36, 700)])).toEqual(['A', 'B']);
  });
});

describe('extractPdfLines', () => {
  it('reads a three-page report: lines numbered through the document, each with its page', async () => {
    const { text } = longLabcorpReport(3);
    const pdf = await renderTextAsPdf(text);
    const { pages, lines } = await extractPdfLines(pdf);
    expect(pages).toBe(3);
    expect(new Set(lines.map((l) => l.page))).toEqual(new Set([1, 2, 3]));
    expect(lines.map((l) => l.text)).toEqual(text.split('\n').filter((l) => l.trim()));
    expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('refuses a scan (no text layer), a file that is not a PDF, and a damaged PDF, saying which', async () => {
    const reason = (p: Promise<unknown>) => p.then(() => 'read', (e: unknown) => (e instanceof PdfUnreadableError ? e.reason : String(e)));
    expect(await reason(extractPdfLines(await scannedPdf(2)))).toBe('no-text-layer');
    expect(await reason(assertPdfHasText(await scannedPdf(1)))).toBe('no-text-layer');
    expect(await reason(extractPdfLines(new Uint8Array(Buffer.from('GIF89a not a pdf'))))).toBe('not-a-pdf');
    expect(await reason(extractPdfLines(new Uint8Array(Buffer.from('%PDF-1.7\n garbage without objects'))))).toBe('damaged');
    await expect(assertPdfHasText(await renderTextAsPdf('Glucose 92 mg/dL 70-99'))).resolves.toEqual({ pages: 1 });
    const scanError = await extractPdfLines(await scannedPdf(1)).catch((e: Error) => e.message);
    expect(scanError).toMatch(/no text layer/);
  });

  it('calls only errors of the document damaged; a failure of the reader itself keeps its cause', async () => {
    const reason = (p: Promise<unknown>) => p.then(() => 'read', (e: unknown) => (e instanceof PdfUnreadableError ? e.reason : String(e)));
    const whole = await renderTextAsPdf('Glucose 92 mg/dL 70-99');
    expect(await reason(extractPdfLines(whole.subarray(0, Math.floor(whole.length / 3))))).toBe('damaged');
    // A page whose tree points at no page: PDF.js's FormatError, which crosses its worker as an UnknownErrorException.
    const page = await PDFDocument.create();
    page.addPage();
    const tree = Buffer.from(await page.save({ useObjectStreams: false })).toString('latin1').replace(/\/Kids \[ \d+ 0 R \]/, '/Kids [ 9 0 R ]');
    expect(await reason(extractPdfLines(new Uint8Array(Buffer.from(tree, 'latin1'))))).toBe('damaged');
    const pdfJs = (name: string, details?: string) => Object.assign(new Error('from PDF.js'), { name, details });
    expect(asUnreadable(pdfJs('InvalidPDFException'))).toEqual(expect.objectContaining({ reason: 'damaged' }));
    expect(asUnreadable(pdfJs('UnknownErrorException', 'XRefParseException: Invalid XRef'))).toEqual(expect.objectContaining({ reason: 'damaged' }));
    expect(asUnreadable(pdfJs('PasswordException'))).toEqual(expect.objectContaining({ reason: 'encrypted' }));
    // PDF.js unable to load its own bundle, out of memory inside its worker, or a bug: not the patient's file.
    const own = Object.assign(new Error('Serverless PDF.js bundle could not be resolved'), { code: 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' });
    expect(asUnreadable(own)).toBe(own);
    const memory = pdfJs('UnknownErrorException', 'RangeError: Array buffer allocation failed');
    expect(asUnreadable(memory)).toBe(memory);
    const bug = pdfJs('UnknownErrorException', "TypeError: Cannot read properties of undefined (reading 'x')");
    expect(asUnreadable(bug)).toBe(bug);
  });

  it('checks the bytes, not the name: %PDF- at the start', () => {
    expect(looksLikePdf(new Uint8Array(Buffer.from('%PDF-1.4 ...')))).toBe(true);
    expect(looksLikePdf(new Uint8Array(Buffer.from('PK\u0003\u0004')))).toBe(false);
  });
});
