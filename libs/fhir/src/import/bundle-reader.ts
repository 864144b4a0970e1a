import { Readable } from 'node:stream';

/** One entry of a Bundle as sent: its fullUrl, the resource, and (transaction) the request; (searchset) the search mode. */
export interface BundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  request?: { method?: string; url?: string; ifNoneExist?: string };
  search?: { mode?: string };
}
export interface FhirResource {
  resourceType: string;
  id?: string;
  [k: string]: unknown;
}

export class BundleFormatError extends Error {}

/**
 * The Bundle types imported: a `transaction` or `collection` Bundle (what other systems send), and a `searchset` —
 * this system's own export (`GET /v1/patients/{id}/fhir`, its pages joined), so an export imports again.
 */
export const IMPORTED_BUNDLE_TYPES: readonly string[] = ['transaction', 'collection', 'searchset'];

/**
 * Reads a FHIR R4 Bundle as a stream: only the top-level `resourceType`, `type` and one entry at a time are ever
 * assembled, so a 60 MB bundle is never held whole as text. Yields each entry in order, once the bundle's type is
 * known to be one imported (IMPORTED_BUNDLE_TYPES; `resourceType` and `type` must come before `entry`).
 *
 * A bundle of up to WHOLE_PARSE_MAX_CHARS is parsed whole instead (the same entries, faster), when it is a plain one.
 *
 * How (larger ones): BundleScanner below finds where each element of the top-level `entry` array begins and ends (a scan of the
 * characters that only follows strings and bracket depth), and each element's text is parsed by `JSON.parse`. This
 * replaced stream-json's token-by-token assembly, which took ~10× `JSON.parse`'s time (the import's largest cost).
 */
export async function* readBundle(source: Readable | AsyncIterable<Uint8Array>): AsyncGenerator<BundleEntry, void, undefined> {
  const input: AsyncIterable<Uint8Array | string> = source instanceof Readable ? source : Readable.from(source);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const scanner = new BundleScanner();
  // Up to WHOLE_PARSE_MAX_CHARS the text is kept and parsed in one JSON.parse (parseWhole); past it, or when the
  // whole text is not a plain Bundle, the scanner reads it (what was kept first), one entry at a time.
  let held: string[] | null = [];
  let heldChars = 0;
  try {
    for await (const chunk of input) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (held) {
        held.push(text);
        heldChars += text.length;
        if (heldChars <= WHOLE_PARSE_MAX_CHARS) continue;
        const kept = held.join('');
        held = null;
        for (const e of scanner.push(kept)) yield e;
        continue;
      }
      for (const e of scanner.push(text)) yield e;
    }
    const rest = decoder.decode();
    if (held) {
      held.push(rest);
      const text = held.join('');
      const whole = parseWhole(text);
      if (whole) {
        yield* whole;
        return;
      }
      for (const e of scanner.push(text)) yield e;
    } else {
      for (const e of scanner.push(rest)) yield e;
    }
    scanner.end();
  } catch (err) {
    if (err instanceof BundleFormatError) throw err;
    // Never the parser's message: JSON.parse quotes the text around the error, which is the patient's record.
    const at = err instanceof Error ? /position (\d+)/.exec(err.message)?.[1] : undefined;
    throw new BundleFormatError(`The body is not valid JSON${at ? ` (an entry, at its character ${at})` : ''}`);
  }
}

/**
 * Bundles up to this many characters (16 MB of text held at most, besides the parsed entries the import keeps
 * anyway) are parsed whole: JSON.parse alone takes less than half of the scanner's time plus its per-entry parses
 * (Synthea's pretty-printed bundles are half indentation, which the scanner walks character by character).
 */
export const WHOLE_PARSE_MAX_CHARS = 16 * 1024 * 1024;

/**
 * The entries of a Bundle parsed whole, when it is exactly what the scanner accepts without a doubt: an object whose
 * `resourceType` is "Bundle" and `type` an imported one, both before `entry`, and every entry an object. Anything
 * else (invalid JSON, another shape) → null, and the scanner reads the text, so refusals and their messages are the
 * scanner's alone.
 */
function parseWhole(text: string): BundleEntry[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const bundle = doc as { resourceType?: unknown; type?: unknown; entry?: unknown };
  // A key repeated at the top: JSON.parse keeps its last value, the scan its first `resourceType` and `type` and
  // every `entry` array. The text before the first "entry" holds the first values (the scan reads them there); a
  // second "entry" anywhere (a repeated key, or a List's or Composition's entries) leaves the decision to the scan.
  const entryKey = text.indexOf('"entry"');
  if (entryKey !== -1 && text.indexOf('"entry"', entryKey + 7) !== -1) return null;
  try {
    const head = new BundleScanner();
    head.push(entryKey === -1 ? text : text.slice(0, entryKey));
    const first = head.roots();
    if (first.resourceType !== bundle.resourceType || first.type !== bundle.type) return null;
  } catch {
    return null;
  }
  if (bundle.resourceType !== 'Bundle' || typeof bundle.type !== 'string' || !IMPORTED_BUNDLE_TYPES.includes(bundle.type)) return null;
  const keys = Object.keys(bundle);
  const entryAt = keys.indexOf('entry');
  if (entryAt !== -1 && (keys.indexOf('resourceType') > entryAt || keys.indexOf('type') > entryAt)) return null;
  if (bundle.entry === undefined) return [];
  if (!Array.isArray(bundle.entry) || !bundle.entry.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e))) return null;
  return bundle.entry as BundleEntry[];
}

const enum Ch { Quote = 34, Backslash = 92, OpenBrace = 123, CloseBrace = 125, OpenBracket = 91, CloseBracket = 93, Comma = 44, Colon = 58 }

/**
 * The splitter (exported for its unit test). Tracks, across chunks: whether it is inside a string (and an escape),
 * the stack of open brackets, at depth 1 whether the next string is a key and which key the value belongs to, and
 * the text of the entry element being collected. Structural errors (a bracket that does not match, text after the
 * end, an unfinished document) are BundleFormatErrors; an entry's own syntax is checked by JSON.parse.
 */
export class BundleScanner {
  private readonly stack: number[] = [];
  private inString = false;
  private escaped = false;
  private done = false;
  private expectKey = false;
  private key: string | undefined;
  /** A depth-1 string (a key or the value of resourceType/type) being collected. */
  private rootString: string[] | null = null;
  private inEntries = false;
  /** The pieces of the entry element being collected (null: not in one). */
  private element: string[] | null = null;
  private resourceType: unknown;
  private type: unknown;
  private checked = false;

  push(text: string): BundleEntry[] {
    const out: BundleEntry[] = [];
    const n = text.length;
    let elementStart = this.element ? 0 : -1;
    let rootStringStart = this.rootString ? 0 : -1;
    // The next backslash at or after i in this chunk (-1: none left): looked up again only once passed.
    let backslash = text.indexOf('\\');
    for (let i = 0; i < n; i++) {
      if (this.inString) {
        // Jump to the next quote or backslash: most of a bundle is string content.
        if (this.escaped) { this.escaped = false; continue; }
        const q = text.indexOf('"', i);
        if (backslash !== -1 && backslash < i) backslash = text.indexOf('\\', i);
        if (backslash !== -1 && (q === -1 || backslash < q)) { i = backslash; this.escaped = true; continue; }
        if (q === -1) { i = n; break; }
        i = q;
        this.inString = false;
        if (rootStringStart !== -1) {
          this.rootString!.push(text.slice(rootStringStart, i + 1));
          this.rootValue(JSON.parse(this.rootString!.join('')) as string);
          this.rootString = null;
          rootStringStart = -1;
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c <= 32 || c === 0xfeff) continue;
      const depth = this.stack.length;
      if (this.done) throw new BundleFormatError('The body is not valid JSON: text after the end of the Bundle');
      switch (c) {
        case Ch.Quote:
          this.inString = true;
          if (depth === 1) { this.rootString = []; rootStringStart = i; }
          break;
        case Ch.OpenBrace:
        case Ch.OpenBracket:
          if (depth === 0 && c !== Ch.OpenBrace) throw new BundleFormatError('The body is not a FHIR Bundle (not a JSON object)');
          if (depth === 0) this.expectKey = true;
          if (depth === 1 && c === Ch.OpenBracket && this.key === 'entry') this.inEntries = true;
          if (depth === 2 && this.inEntries && c === Ch.OpenBrace) { this.check(); this.element = []; elementStart = i; }
          this.stack.push(c);
          break;
        case Ch.CloseBrace:
        case Ch.CloseBracket: {
          const open = this.stack.pop();
          if (open !== (c === Ch.CloseBrace ? Ch.OpenBrace : Ch.OpenBracket)) throw new BundleFormatError('The body is not valid JSON: a bracket does not match');
          if (depth === 3 && this.element) {
            this.element.push(text.slice(elementStart, i + 1));
            out.push(JSON.parse(this.element.join('')) as BundleEntry);
            this.element = null;
            elementStart = -1;
          }
          if (depth === 2 && this.inEntries) this.inEntries = false;
          if (depth === 1) this.done = true;
          break;
        }
        case Ch.Comma:
          if (depth === 1) this.expectKey = true;
          break;
        case Ch.Colon:
          if (depth === 1) this.expectKey = false;
          break;
        default:
          if (depth === 0) throw new BundleFormatError('The body is not a FHIR Bundle (not a JSON object)');
      }
    }
    if (this.element && elementStart !== -1) this.element.push(text.slice(elementStart));
    if (this.rootString && rootStringStart !== -1) this.rootString.push(text.slice(rootStringStart));
    return out;
  }

  /** The end of the input: the document must be complete and be an imported Bundle. */
  end(): void {
    if (!this.done || this.inString) throw new BundleFormatError('The body is not valid JSON: it ends before the Bundle does');
    this.check();
  }

  /** The first `resourceType` and `type` read so far at the top of the document. */
  roots(): { resourceType: unknown; type: unknown } {
    return { resourceType: this.resourceType, type: this.type };
  }

  private rootValue(value: string): void {
    if (this.expectKey) { this.key = value; return; }
    if (this.key === 'resourceType' && this.resourceType === undefined) this.resourceType = value;
    else if (this.key === 'type' && this.type === undefined) this.type = value;
  }

  private check(): void {
    if (this.checked) return;
    if (this.resourceType !== 'Bundle') throw new BundleFormatError('The body is not a FHIR Bundle (resourceType must come first and be "Bundle")');
    if (typeof this.type !== 'string' || !IMPORTED_BUNDLE_TYPES.includes(this.type)) {
      throw new BundleFormatError('Only transaction, collection and searchset Bundles are imported (Bundle.type before entry)');
    }
    this.checked = true;
  }
}
