/**
 * What HL7 v2 and ASTM E1394 messages share: fields, repetitions and components split by delimiters the message's
 * header defines, and escape sequences for the delimiters themselves (`\F\`, `\S\`, `\R\`, `\E\` in HL7; `&F&`, `&S&`,
 * `&R&`, `&E&` in ASTM). ASTM has no subcomponent.
 */
export interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent?: string;
}

/** The text with the message's escape sequences read (HL7's `\T\` subcomponent and `\.br\` line break too). */
export function unescape(s: string, d: Delimiters): string {
  if (!s.includes(d.escape)) return s;
  const e = d.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  let out = s.replace(new RegExp(`${e}F${e}`, 'g'), d.field).replace(new RegExp(`${e}S${e}`, 'g'), d.component);
  if (d.subcomponent !== undefined) out = out.replace(new RegExp(`${e}T${e}`, 'g'), d.subcomponent);
  return out
    .replace(new RegExp(`${e}R${e}`, 'g'), d.repetition)
    .replace(new RegExp(`${e}\\.br${e}`, 'g'), ' ')
    .replace(new RegExp(`${e}E${e}`, 'g'), d.escape);
}

/** A field's component (of its first repetition; its first subcomponent, where there are any), unescaped and trimmed. */
export function component(field: string | undefined, index: number, d: Delimiters): string {
  const first = (field ?? '').split(d.repetition)[0] ?? '';
  const part = first.split(d.component)[index] ?? '';
  return unescape(d.subcomponent !== undefined ? (part.split(d.subcomponent)[0] ?? '') : part, d).trim();
}

/**
 * A count's unit sent with its power's caret unescaped (`10^9/L`, `10^3/uL`: an analyser that does not escape the
 * component delimiter): split into `10` and `9/L`, which are one unit, not an identifier and its text. '' when the
 * field is not so split.
 */
export function powerUnit(field: string | undefined, d: Delimiters): string {
  const base = component(field, 0, d);
  const power = component(field, 1, d);
  // (labs40fix) With the multiplication sign before the ten too (`x10^3/uL`, `×10^9/L`, `*10^9/L`).
  return /^(?:[x×*]\s*)?10$/i.test(base) && /^\d{1,2}\s*\/\s*\S+$/.test(power) ? `${base}^${power}` : '';
}
