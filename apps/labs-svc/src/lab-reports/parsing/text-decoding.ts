/**
 * (charset) The text of an uploaded report's bytes. UTF-8 when the bytes are UTF-8 (nearly every upload: a text in
 * another 8-bit encoding with a letter beyond ASCII is almost never valid UTF-8), UTF-16 after its byte-order mark (what
 * Windows programs save as "Unicode"); a UTF-8 text with stray bytes of another set as UTF-8; otherwise the encoding
 * the text declares — an HL7 v2 message's MSH-18 (`8859/1`, `8859/15`) — else Windows-1252, the Latin-1 superset
 * European laboratory systems and Windows exports write (`Harnsäure`, `µg/l`, `Hämoglobin`), instead of replacement
 * characters that leave names unread.
 */
export function decodeReportText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return UTF8.decode(bytes);
  } catch {
    // (mend8) A UTF-8 text with a stray byte of another set (one Latin-1 `µ` in a UTF-8 report, a `\xa0` pasted in): its
    // UTF-8 letters are UTF-8 still — only a text with no UTF-8 sequence at all is read in the 8-bit set.
    const lenient = UTF8_LENIENT.decode(bytes);
    return UTF8_LETTER.test(lenient) ? lenient : new TextDecoder(hl7Charset(bytes) ?? 'windows-1252').decode(bytes);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
/** A character beyond ASCII that is no replacement character: a sequence that decoded as UTF-8. */
const UTF8_LETTER = /[^\x00-\x7f\uFFFD]/u;

/** HL7 v2 character sets (table 0211) an 8-bit message declares, as the encoding names TextDecoder knows. */
const HL7_CHARSETS: Record<string, string> = {
  '8859/1': 'iso-8859-1', '8859/2': 'iso-8859-2', '8859/3': 'iso-8859-3', '8859/4': 'iso-8859-4', '8859/5': 'iso-8859-5',
  '8859/6': 'iso-8859-6', '8859/7': 'iso-8859-7', '8859/8': 'iso-8859-8', '8859/9': 'iso-8859-9', '8859/15': 'iso-8859-15',
};

/** MSH-18 of a message that starts with its MSH segment, as an encoding name; null when it declares none we decode. */
function hl7Charset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF?\s*/, '');
  if (!head.startsWith('MSH') || head.length < 8) return null;
  const msh = head.split(/\r|\n/)[0]!;
  // MSH-1 is the field separator itself: MSH-n is at index n-1; its first repetition's first component.
  const declared = (msh.split(msh[3]!)[17] ?? '').split(msh[5]!)[0]!.split(msh[4]!)[0]!.trim().toUpperCase();
  return HL7_CHARSETS[declared] ?? null;
}
