import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/**
 * Renders lab report text as PDFs, for the tests and the benchmark: every word is its own text item placed where a
 * typesetter would put it (runs of spaces keep their width), so the PDF path has to rebuild rows from positions.
 * `scannedPdf()` makes a PDF whose pages are images only, as a scanner makes them: no text layer.
 */
export interface RenderOptions {
  fontSize?: number;
  /** Lines per page before a new page starts. */
  linesPerPage?: number;
}

const PAGE = { width: 612, height: 792, margin: 48 };

export async function renderTextAsPdf(text: string, opts: RenderOptions = {}): Promise<Uint8Array> {
  const size = opts.fontSize ?? 9;
  const leading = size * 1.45;
  const perPage = opts.linesPerPage ?? Math.floor((PAGE.height - 2 * PAGE.margin) / leading);
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const space = font.widthOfTextAtSize(' ', size);
  for (let start = 0; start < Math.max(lines.length, 1); start += perPage) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    lines.slice(start, start + perPage).forEach((line, i) => {
      const y = PAGE.height - PAGE.margin - i * leading;
      let x = PAGE.margin;
      for (const part of line.match(/\s+|\S+/g) ?? []) {
        if (/^\s+$/.test(part)) {
          x += space * part.length;
          continue;
        }
        page.drawText(part, { x, y, size, font, color: rgb(0, 0, 0) });
        // Glyph by glyph: a PDF shows text without kerning, while widthOfTextAtSize applies kerning pairs.
        x += [...part].reduce((w, ch) => w + font.widthOfTextAtSize(ch, size), 0);
      }
    });
  }
  return doc.save({ useObjectStreams: false });
}

/** (pdf7) One piece of text placed on a page: `x` from the left, `y` the baseline from the top of the page as displayed. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
  /** `right`: `x` is where the text ends (a right-aligned column). */
  align?: 'left' | 'right';
  /** `symbol`: the Symbol font (arrows `↑`/`↓` as a PDF made with it draws them). */
  font?: 'regular' | 'bold' | 'symbol';
  /** (pdf7 review) Degrees the text is turned counterclockwise about (x, y) (a margin note at 90°, a watermark at 52°). */
  rotate?: number;
}

/**
 * (pdf7) A PDF of pages that place each piece of text where it is told, for layouts renderTextAsPdf cannot make (two
 * tables side by side with a gutter, a wrapped name column, text drawn in a column narrower than its words).
 * `rotate90`: each page is stored portrait under a landscape display, `/Rotate 90`, its text drawn turned by 90° so
 * that it reads upright once the viewer turns the page (as scanners' and some reporting systems' landscape pages are).
 */
export async function renderPlacedPdf(pages: PlacedText[][], opts: { size?: [number, number]; rotate90?: boolean } = {}): Promise<Uint8Array> {
  const [width, height] = opts.size ?? [PAGE.width, PAGE.height];
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    symbol: await doc.embedFont(StandardFonts.Symbol),
  };
  for (const items of pages) {
    const page = doc.addPage(opts.rotate90 ? [height, width] : [width, height]);
    if (opts.rotate90) page.setRotation(degrees(90));
    for (const { text, x, y, size = 9, align = 'left', font = 'regular', rotate = 0 } of items) {
      const f = fonts[font];
      const left = align === 'right' ? x - [...text].reduce((w, ch) => w + f.widthOfTextAtSize(ch, size), 0) : x;
      // Displayed (X, Y from the bottom) on a /Rotate 90 page is (height - Y, X) of the page as stored.
      const [X, Y] = [left, height - y];
      if (opts.rotate90) page.drawText(text, { x: height - Y, y: X, size, font: f, rotate: degrees(90), color: rgb(0, 0, 0) });
      else page.drawText(text, { x: X, y: Y, size, font: f, rotate: degrees(rotate), color: rgb(0, 0, 0) });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** A PDF of `pages` pages that hold only an image each (a scan): no text to read. */
export async function scannedPdf(pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(grayPng(64, 64));
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawImage(png, { x: PAGE.margin, y: PAGE.margin, width: PAGE.width - 2 * PAGE.margin, height: PAGE.height - 2 * PAGE.margin });
  }
  return doc.save();
}

/** A small grayscale PNG with a pattern of lines, like a page of print seen from far away. */
function grayPng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 6 < 2 && x > 4 && x < width - 4 ? 40 : 250;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * A LabCorp-style report of `pages` pages (about 48 result rows a page) with flags, previous results and ranges:
 * the benchmark's "3-page report". Deterministic.
 */
export function longLabcorpReport(pages = 3): { text: string; rows: number } {
  const tests = [
    ['WBC', 'x10E3/uL', 3.4, 10.8], ['RBC', 'x10E6/uL', 4.14, 5.8], ['Hemoglobin', 'g/dL', 13, 17.7], ['Hematocrit', '%', 37.5, 51],
    ['MCV', 'fL', 79, 97], ['MCH', 'pg', 26.6, 33], ['MCHC', 'g/dL', 31.5, 35.7], ['RDW', '%', 11.6, 15.4], ['Platelets', 'x10E3/uL', 150, 450],
    ['Glucose', 'mg/dL', 70, 99], ['BUN', 'mg/dL', 7, 20], ['Creatinine', 'mg/dL', 0.7, 1.3], ['Sodium', 'mEq/L', 136, 145],
    ['Potassium', 'mmol/L', 3.5, 5.2], ['Chloride', 'mmol/L', 96, 106], ['Calcium', 'mg/dL', 8.6, 10.2],
  ] as const;
  const lines = ['Laboratory Corporation of America', 'Date Collected: 05/19/2023', ''];
  const perPage = 48;
  let rows = 0;
  for (let p = 0; p < pages; p++) {
    lines.push(['Hematology and Chemistry', 'Metabolic Panel', 'Follow-up Panel'][p % 3]!, '', 'Test Current Result and Flag Previous Result and Date Units Reference Interval');
    for (let i = 0; i < perPage - 6; i++) {
      const [name, unit, low, high] = tests[(p * perPage + i) % tests.length]!;
      const span = high - low;
      const value = Number((low + span * (((i * 37 + p * 11) % 13) / 10 - 0.1)).toFixed(1));
      const flag = value > high ? ' H' : value < low ? ' L' : '';
      lines.push(`${name} ${value}${flag} ${Number((low + span / 2).toFixed(1))} 11/23/2022 ${unit} ${low}-${high}`);
      rows++;
    }
    lines.push('');
  }
  return { text: lines.join('\n'), rows };
}
