/**
 * (text7) Results a patient copies out of a chat (WhatsApp's "Export chat", a messenger's copy of several messages):
 * each message's line starts with its date, its time and its sender —
 *   iOS:      `[12/03/26, 9:14 AM] Sender: text`, `[02/12/2026, 7:41:05 pm] Sender: text`, `[03/12/2026, 08:47:12] …`
 *   Android:  `03/12/2026, 10:02 - Sender: text`, `3/12/26, 9:05 a. m. - Sender: text` (Spanish), `… 4:22 PM - …`
 * None of it is the result's: left in, the date, time and sender became the start of every row's name. Removed only in
 * a text where two lines at least start so (a report's one dated line, `12/03/2026, 09:14 - Glucose: 5.4`, is left as
 * printed); a line with no sender (`03/12/2026, 10:02 - Messages and calls are end-to-end encrypted.`, Android's
 * notices) loses its date and time. A message's further lines (no prefix) are left as they are.
 */
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})`;
/** A time, with seconds or not, and the morning's or afternoon's mark as clocks print it (`AM`, `pm`, `a. m.`, `p.m.`). */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00A0\u202F]?[aApP]\.?[ \u00A0\u202F]?[mM]\.?)?`;
/** iOS's `[date, time] ` or Android's `date, time - ` (a left-to-right mark before it, as iOS exports write one). */
const CHAT_STAMP = new RegExp(String.raw`^[\u200E\u200F]?(?:\[${DATE},?[ \u00A0\u202F]${TIME}\][ \u00A0\u202F]*|${DATE},[ \u00A0\u202F]${TIME}[ \u00A0\u202F]+[-–][ \u00A0\u202F]+)`);
/** The sender's name and its colon after the stamp: up to the first `: `, no longer than a name is. */
const SENDER = /^[\u200E\u200F]?[^:\n]{1,80}:[ \u00A0\u202F]+/;

/** The line's text without its chat stamp and sender; the text as it is when it has no stamp. */
function messageText(text: string): string {
  const stamp = CHAT_STAMP.exec(text);
  if (!stamp) return text;
  const rest = text.slice(stamp[0].length);
  const sender = SENDER.exec(rest);
  return sender ? rest.slice(sender[0].length) : rest;
}

/** Whether the text's lines are a chat's messages: two at least start with a chat's stamp. */
export function isChatExport(texts: readonly string[]): boolean {
  let stamped = 0;
  for (const t of texts) if (CHAT_STAMP.test(t) && ++stamped >= 2) return true;
  return false;
}

/** The lines' texts as their messages' texts, in a chat export; other texts as they are. */
export function chatMessageTexts<T extends { text: string }>(lines: T[]): T[] {
  if (!isChatExport(lines.map((l) => l.text))) return lines;
  return lines.map((l) => ({ ...l, text: messageText(l.text) }));
}

/**
 * (text7) A name in a chat's bold (`*HBsAg (ICT)* = Non-Reactive`, WhatsApp's single asterisks) or Markdown's
 * (`**Sodium (serum)**: 140`) at the start of a line (after a bullet), before the `=` or `:` that gives its result:
 * the name. Only a name of several words, which was read with its closing mark (`HBsAg (ICT)*`): one word in
 * emphasis was read already (a token's marks are stray), and a card's label (`**value**: 47`, `**Result**: **18**`) is
 * read in its emphasis. A colon inside the emphasis (`**Ferritin:** 22`) is left as printed.
 */
const EMPHASIZED_NAME = /^(\s*(?:[-•◦▪]\s+)?)(\*{1,2})([^\s*][^\s*]* [^*\n]*[^\s*:])\2(?=\s*[:=]\s*\S)/;
export function withoutNameEmphasis(text: string): string {
  return text.includes('*') ? text.replace(EMPHASIZED_NAME, '$1$3') : text;
}

/**
 * (text7) A portal's button copied with its row as the row's last cell (`White Blood Cells  3.4  L  4.0 - 11.0
 * x10E9/L  View trend`, `Glucose  109 mg/dL  70 - 99 mg/dL  High  Details`, `See more`, `Show history`): words of the
 * page, none of the result's — left in, it was read as part of the unit (`x10E9/L View trend`), or cost the row. Only
 * a whole cell (after a gap of two spaces or more: a tab is expanded to them) at the end of a line that prints a
 * number before it; a button alone on its line, or a header's cell, is left as printed. The gap is taken from its first
 * space only (the lookbehind), so a long run of spaces is tried once.
 */
const BUTTON_CELL = /(?<=\S) {2,}(?:(?:view|see|show|open)(?: (?:the |all )?(?:trends?|details?|more|graphs?|charts?|history|results?))?|details?|trends?|more|graphs?|charts?|history|more info)$/i;
export function withoutButtonCell(text: string): string {
  if (!/ {2}\S/.test(text)) return text;
  const trimmed = text.trimEnd();
  const button = BUTTON_CELL.exec(trimmed);
  return button && /\d/.test(trimmed.slice(0, button.index)) ? trimmed.slice(0, button.index) : text;
}

/**
 * (text7) Emoji after a row's range, as a chatbot's or a note app's summary ends a result (`- **Ferritin:** 22 ng/mL
 * (ref 30–400) ⚠️ Low`, `… (ref <200) 🔺 High`, `… ✅`, `(VR: < 190) ⚠️ alterado`): decoration, the words beside them
 * the row's flag as printed. With no word, a check mark says normal, a red triangle up high and down low (as ⬆️/⬇️ are
 * arrows already: tokens.ts withoutValueEmoji); any other emoji alone (a warning sign, a coloured dot) says no
 * direction, and the range decides. Only on a line with a number before the emoji, for a run of emoji at the line's
 * end, with at most three words after it.
 */
const TRAILING_EMOJI = /(?<=[\d)\]%\p{L}/.]) +((?:(?![©®™])[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}] *)+)(\p{L}+(?: \p{L}+){0,2})?$/u;
export function withoutTrailingEmoji(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  const trimmed = text.trimEnd();
  const m = TRAILING_EMOJI.exec(trimmed);
  if (!m || !/\d/.test(trimmed.slice(0, m.index))) return text;
  const before = trimmed.slice(0, m.index);
  if (m[2]) return `${before} ${m[2]}`;
  const marks = m[1]!;
  const word = /[✅✔☑]/u.test(marks) ? 'Normal' : /\u{1F53A}/u.test(marks) ? 'High' : /\u{1F53B}/u.test(marks) ? 'Low' : '';
  return word ? `${before} ${word}` : before;
}

/**
 * (text7) A comment after a row's range in parentheses, set off by a dash (`Potassium: 5.4 mmol/L (3.5 – 5.1) – “?
 * haemolysed” per GP, repeat if still high`, as a letter typed up from a GP's notes writes one): no part of the row —
 * left in, the row was lost. Only two words or more, or a quotation (a flag word alone after the dash, `– High`, stays
 * the row's flag), after a parenthesis that opens on a number or a comparator, on a line with a number before it.
 */
const COMMENT_AFTER_RANGE = /(\(\s*[<>≤≥]?\s*\d[^()]*\))\s+[–—-]\s+(?=[“"‘«?]|\S+\s+\S)\S.*$/u;
export function withoutCommentAfterRange(text: string): string {
  if (!/\)\s+[–—-]\s/.test(text)) return text;
  const m = COMMENT_AFTER_RANGE.exec(text);
  return m && /\d/.test(text.slice(0, m.index)) && /\p{L}/u.test(text.slice(m.index + m[1]!.length)) ? text.slice(0, m.index + m[1]!.length) : text;
}

/**
 * (text7) A range broken after its dash (`Bilirubin, Total 0.4 mg/dL 0.0 -` over `1.2`, OCR's or a narrow page's
 * wrap): the next line, a number alone, is its upper bound, joined to it; that line is left empty. Only a line with a
 * number before the dash's lower bound, and a next line of one number and nothing else, at the margin or under the
 * open range (one under another column, `Previous`, is that column's).
 */
const OPEN_RANGE_END = /\d.*\s([<>≤≥]?\d+(?:[.,]\d+)?\s*[-–—])$/;
const LONE_NUMBER = /^(\s*)\d+(?:[.,]\d+)?\s*$/;
export function withBrokenRangesJoined<T extends { text: string }>(lines: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]!.text.trimEnd();
    const bound = /[-–—]$/.test(text) ? LONE_NUMBER.exec(lines[i + 1]!.text) : null;
    const open = bound ? OPEN_RANGE_END.exec(text.slice(-60)) : null;
    if (!bound || !open) continue;
    // Wrapped back to the margin, or under the open range itself (a number further off, under another column — a
    // previous result's — is not its bound).
    const at = bound[1]!.length;
    const from = text.length - open[1]!.length;
    if (at > 0 && (at < from - 2 || at > text.length + 2)) continue;
    out ??= [...lines];
    out[i] = { ...lines[i]!, text: `${text} ${lines[i + 1]!.text.trim()}` };
    out[i + 1] = { ...lines[i + 1]!, text: '' };
    i++;
  }
  return out ?? lines;
}
