import { namesReferenceRange } from './reference-range.js';

/**
 * (text7) Results a patient copies out of a chat (WhatsApp's "Export chat", a messenger's copy of several messages):
 * each message's line starts with its date, its time and its sender —
 *   iOS:      `[12/03/26, 9:14 AM] Sender: text`, `[02/12/2026, 7:41:05 pm] Sender: text`, `[03/12/2026, 08:47:12] …`
 *   Android:  `03/12/2026, 10:02 - Sender: text`, `3/12/26, 9:05 a. m. - Sender: text` (Spanish), `… 4:22 PM - …`
 * None of it is the result's: left in, the date, time and sender became the start of every row's name. In a text where
 * two lines at least start with such a stamp, the stamp is removed (an app's or analyser's dated log,
 * `03/12/2026, 07:30 - Fasting glucose: 5.4 mmol/L`, `[2026-03-12 09:14:05] Potassium: 4.1`, keeps the rest as
 * printed). (text7 review) The text before a colon is a sender only in a chat: one sender (no test the catalog knows,
 * no range's label such as `Ref`, no open bracket) starts two stamped lines at least; then each stamped line loses the
 * longest such sender it starts with (`Lab: City Diagnostics:` when that repeats), or its own first one. A log whose
 * lines start with their tests (`INR: 2.4` twice, `Glucose`, `Creatinine`) is no chat: the names stay. A report's one
 * dated line is left as printed; a message's further lines (no stamp) are left as they are.
 */
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})`;
/** A time, with seconds or not, and the morning's or afternoon's mark as clocks print it (`AM`, `pm`, `a. m.`, `p.m.`). */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00A0\u202F]?[aApP]\.?[ \u00A0\u202F]?[mM]\.?)?`;
/** iOS's `[date, time] ` or Android's `date, time - ` (a left-to-right mark before it, as iOS exports write one). */
const CHAT_STAMP = new RegExp(String.raw`^[\u200E\u200F]?(?:\[${DATE},?[ \u00A0\u202F]${TIME}\][ \u00A0\u202F]*|${DATE},[ \u00A0\u202F]${TIME}[ \u00A0\u202F]+[-–][ \u00A0\u202F]+)`);
/** A colon that may end a sender (a space after it), and how many of a line's are tried. */
const SENDER_COLON = /:[ \u00A0\u202F]+/g;
const SENDER_COLONS = 3;
/** A sender's length at most. */
const SENDER_LENGTH = 80;

/** The senders a message's text may start with (the text before its first, second, third `: `), shortest first. */
function senderCandidates(rest: string): { sender: string; end: number }[] {
  const out: { sender: string; end: number }[] = [];
  for (const m of rest.slice(0, SENDER_LENGTH + 2).matchAll(SENDER_COLON)) {
    out.push({ sender: rest.slice(0, m.index).replace(/^[\u200E\u200F]/, '').trim(), end: m.index + m[0].length });
    if (out.length >= SENDER_COLONS) break;
  }
  return out;
}

/** Whether a text before a colon can be a sender: no test's name the catalog knows, no range's label, no open bracket. */
function maybeSender(sender: string, knows?: (name: string) => boolean): boolean {
  if (!sender || sender.length > SENDER_LENGTH || /[([{][^)\]}]*$/.test(sender)) return false;
  const last = sender.split(/:\s+/).pop()!;
  return !knows?.(last) && !knows?.(sender) && !namesReferenceRange(last);
}

/** Whether the text's lines are a chat's or a log's: two at least start with a chat's stamp. */
export function isChatExport(texts: readonly string[]): boolean {
  let stamped = 0;
  for (const t of texts) if (CHAT_STAMP.test(t) && ++stamped >= 2) return true;
  return false;
}

/** The lines' texts as their messages' texts, in a chat export or a dated log; other texts as they are. */
export function chatMessageTexts<T extends { text: string }>(lines: T[], knows?: (name: string) => boolean): T[] {
  if (!isChatExport(lines.map((l) => l.text))) return lines;
  const rests = lines.map((l) => {
    const stamp = CHAT_STAMP.exec(l.text);
    return stamp ? l.text.slice(stamp[0].length) : null;
  });
  const candidates = rests.map((r) => (r === null ? [] : senderCandidates(r).filter((c) => maybeSender(c.sender, knows))));
  const count = new Map<string, number>();
  for (const cs of candidates) for (const c of cs) count.set(c.sender, (count.get(c.sender) ?? 0) + 1);
  const chat = [...count.values()].some((n) => n >= 2);
  return lines.map((l, i) => {
    const rest = rests[i];
    if (rest === null || rest === undefined) return l;
    const cs = chat ? candidates[i]! : [];
    const sender = [...cs].reverse().find((c) => count.get(c.sender)! >= 2) ?? cs[0];
    return { ...l, text: sender ? rest.slice(sender.end) : rest };
  });
}
