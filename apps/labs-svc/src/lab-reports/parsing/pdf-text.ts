import { getDocumentProxy } from 'unpdf';
import type { Cell, SourceLine } from './parse.types.js';
import { joinComparators } from './table.js';
import { halfWidth } from './tokens.js';

/** Why a PDF could not be read: the service turns these into 422 UNPROCESSABLE with a message that says so. */
export class PdfUnreadableError extends Error {
  constructor(readonly reason: 'not-a-pdf' | 'encrypted' | 'damaged' | 'no-text-layer', message: string) {
    super(message);
    this.name = 'PdfUnreadableError';
  }
}

export const PDF_MAGIC = '%PDF-';

/** Whether the bytes start like a PDF (`%PDF-`), whatever the file is called. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === PDF_MAGIC;
}

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfText {
  pages: number;
  lines: SourceLine[];
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  if (!looksLikePdf(bytes)) throw new PdfUnreadableError('not-a-pdf', 'The file is not a PDF (it does not start with %PDF-)');
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    throw asUnreadable(err);
  }
}

/**
 * Whether PDF.js said the document itself is broken. Across its worker boundary (pdf.js `wrapReason`, the PDF.js 5
 * that unpdf bundles) only a few errors keep their names — `InvalidPDFException` (no PDF structure at opening),
 * `PasswordException` —; every other is an `UnknownErrorException` whose `details` begin with the original's name
 * (`FormatError: Page dictionary kid reference points to wrong type of object.`). The document's damage is what its
 * parser raises (DAMAGE); anything else — PDF.js unable to load its own bundle (under Jest without
 * `--experimental-vm-modules`: `ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG`), a `RangeError` for memory, a bug — is
 * not the file's fault: told as "damaged" it failed the report for good and hid the cause, so it goes on as it is.
 */
const DAMAGE = /^(?:InvalidPDFException|FormatError|XRefParseException|XRefEntryException|ParserEOFException|MissingDataException)\b/;

/** A PDF.js error about the document as a PdfUnreadableError (encrypted or damaged); any other error unchanged. */
export function asUnreadable(err: unknown): unknown {
  const { name = '', details = '' } = (err ?? {}) as { name?: string; details?: unknown };
  if (name === 'PasswordException') return new PdfUnreadableError('encrypted', 'The PDF is protected by a password and cannot be read');
  const damage = name === 'UnknownErrorException' ? (typeof details === 'string' ? details : '') : name;
  if (DAMAGE.test(damage)) return new PdfUnreadableError('damaged', 'The PDF is damaged and cannot be read');
  return err;
}

async function pageItems(doc: PdfDocument, pageNumber: number): Promise<TextItem[]> {
  // A page's objects are parsed only now: a broken one is the document's damage too.
  const page = await doc.getPage(pageNumber).catch((err: unknown) => Promise.reject(asUnreadable(err)));
  try {
    const content = await page.getTextContent().catch((err: unknown) => Promise.reject(asUnreadable(err)));
    const placed: { str: string; t: number[]; width: number; height: number }[] = [];
    for (const it of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
      if (typeof it.str !== 'string' || !it.transform || !it.str.trim()) continue;
      placed.push({ str: it.str, t: it.transform, width: it.width ?? 0, height: it.height ?? 0 });
    }
    // (pdf7) The page read the way its text runs: as its /Rotate says (a landscape page stored portrait under /Rotate
    // 90, its text drawn at 90° to read upright once turned), or turned where turned text clearly makes the page's table
    // (a page printed sideways); positions are taken in that direction's frame, so that a line is the text along it.
    // Text drawn more than 10° off a quarter turn (a diagonal watermark, a stamp) is no line of the page: left out.
    // Each item's quarter and font size worked out once (the direction's vote and the positions read both).
    const kept = placed
      .map((it) => ({ ...it, quarter: quarterOf(it.t), size: Math.hypot(it.t[2] ?? 0, it.t[3] ?? 0) || it.height || 10 }))
      .filter((it) => it.quarter !== null);
    const [cos, sin] = readingDirection(kept, quarterTurn(Math.round((page.rotate ?? 0) / 90)));
    return kept.map(({ str, t, width, size }) => {
      const [x0, y0] = [t[4]!, t[5]!];
      return { str, x: x0 * cos + y0 * sin, y: y0 * cos - x0 * sin, width, size };
    });
  } finally {
    page.cleanup();
  }
}

const QUARTERS = [[1, 0], [0, 1], [-1, 0], [0, -1]] as const;

/**
 * (pdf7) The quarter turn an item's text runs in (0: left to right, 1: turned 90°, bottom to top as stored, 2, 3), from
 * its text matrix's first column; null for text more than 10° off every quarter turn (a diagonal watermark or stamp).
 */
function quarterOf(t: readonly number[]): number | null {
  const angle = Math.atan2(t[1] ?? 0, t[0] ?? 0);
  const turns = angle / (Math.PI / 2);
  const nearest = Math.round(turns);
  if (Math.abs(turns - nearest) * 90 > 10) return null;
  return quarterTurn(nearest);
}

/** A number of quarter turns as 0–3 (−1 is 3). */
const quarterTurn = (n: number): number => ((n % 4) + 4) % 4;

/**
 * (pdf7) The direction a page is read in (cosine, sine): the page's own (`prior`, its /Rotate in quarter turns) unless
 * text turned another way clearly makes the page's table — at least twice the characters of the prior direction's
 * text, in lines of two items or more (a table's rows: a margin note turned 90° or a turned date over a column is one
 * long run on its line and does not vote), at least three such lines and six items. A short upright table beside a
 * long turned margin note stays upright.
 */
function readingDirection(items: readonly { str: string; t: number[]; quarter: number | null; size: number }[], prior: number): [number, number] {
  const votes = QUARTERS.map((_, q) => {
    const [cos, sin] = QUARTERS[q]!;
    // The baselines (rounded to 40% of the font size) of the items drawn in this direction, in its frame.
    const lines = new Map<number, { chars: number; items: number }>();
    for (const { str, t, quarter, size } of items) {
      if (quarter !== q) continue;
      const key = Math.round((t[5]! * cos - t[4]! * sin) / (0.4 * size));
      const line = lines.get(key) ?? lines.set(key, { chars: 0, items: 0 }).get(key)!;
      line.chars += str.length;
      line.items++;
    }
    const rows = [...lines.values()].filter((l) => l.items >= 2);
    return { chars: rows.reduce((n, l) => n + l.chars, 0), items: rows.reduce((n, l) => n + l.items, 0), lines: rows.length };
  });
  const turned = votes.map((v, q) => ({ ...v, q })).filter((v) => v.q !== prior && v.lines >= 3 && v.items >= 6 && v.chars > 2 * votes[prior]!.chars)
    .sort((a, b) => b.chars - a.chars)[0];
  return [...QUARTERS[turned ? turned.q : prior]!] as [number, number];
}

/**
 * Rebuilds the lines of a PDF from the positions of its text: items on one baseline (within 40% of the font size)
 * are one line, read left to right; a gap wider than a space becomes a space, a gap wider than two characters a
 * column break (two spaces). Lines are numbered through the document and carry their page.
 * Throws PdfUnreadableError for a file that is not a PDF, is encrypted or damaged, or has no text layer (a scan).
 */
export async function extractPdfLines(bytes: Uint8Array): Promise<PdfText> {
  const doc = await open(bytes);
  try {
    const lines: SourceLine[] = [];
    let any = false;
    for (let p = 1; p <= doc.numPages; p++) {
      const items = await pageItems(doc, p);
      if (items.length) any = true;
      for (const { text, cells } of rebuildRows(items)) lines.push({ text, line: lines.length + 1, page: p, cells });
    }
    if (!any) throw noTextLayer();
    return { pages: doc.numPages, lines };
  } finally {
    await doc.destroy();
  }
}

/** Whether any page of the PDF has text (stops at the first that has). Throws like extractPdfLines. */
export async function assertPdfHasText(bytes: Uint8Array): Promise<{ pages: number }> {
  const doc = await open(bytes);
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      if ((await pageItems(doc, p)).length) return { pages: doc.numPages };
    }
    throw noTextLayer();
  } finally {
    await doc.destroy();
  }
}

function noTextLayer(): PdfUnreadableError {
  return new PdfUnreadableError('no-text-layer', 'The PDF has no text layer (it looks like a scan): its results cannot be read. Upload the PDF your lab sent, or the results as HL7 or JSON');
}

/** Groups positioned text items into lines (top to bottom) and joins each line's items by their gaps. */
export function rebuildLines(items: TextItem[]): string[] {
  return rebuildRows(items).map((r) => r.text);
}

/**
 * Lines with their cells: the runs of a line separated by a column gap (wider than two characters), each with where
 * it starts and ends on the page (points). The table reader gives cells to the columns of a header by these.
 */
export function rebuildRows(items: TextItem[]): { text: string; cells: Cell[] }[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - item.y) <= 0.4 * Math.max(ref.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let out = '';
    let end = -Infinity;
    const cells: Cell[] = [];
    // Full-width letters, digits and signs (Japanese, Chinese and Korean systems) read as the ASCII they stand for, as
    // in text and HL7 uploads: one character for one, so the positions stand.
    for (const { str, ...it } of row.map((i) => ({ ...i, str: halfWidth(i.str) }))) {
      const gap = it.x - end;
      let cell: Cell | undefined = cells[cells.length - 1];
      if (out) {
        const charWidth = it.size * 0.5;
        if (gap > 2 * charWidth) {
          out += '  ';
          cell = undefined;
        } else if (gap > 0.15 * it.size && !out.endsWith(' ') && !str.startsWith(' ')) {
          out += ' ';
          if (cell) cell.text += ' ';
        }
      }
      out += str;
      if (cell) {
        cell.text += str;
        cell.end = Math.max(cell.end, it.x + it.width);
      } else cells.push({ text: str, x: it.x, end: it.x + it.width });
      end = Math.max(end, it.x + it.width);
    }
    return { text: out.trimEnd(), cells: joinComparators(cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text)) };
  });
}
