/**
 * A small streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CR/LF/CRLF line ends, a UTF-8 BOM), for
 * exports of any size: rows come out as they are read, one chunk at a time, never the whole file in memory.
 * Written here because no CSV parser is a dependency of the project (csv-parse would do; see docs/wearables.md).
 */

export type CsvInput = string | NodeJS.ReadableStream | AsyncIterable<string | Buffer>;

async function* chunks(input: CsvInput): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Rows of fields, in order. `line` is the 1-based number of the row's first line. */
export async function* csvRows(input: CsvInput): AsyncGenerator<{ fields: string[]; line: number }> {
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let pendingCr = false;
  let line = 1;
  let rowLine = 1;
  let first = true;
  let any = false;
  for await (let text of chunks(input)) {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length) first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at a chunk's end: decided by the next chunk's first character.
            quoted = false;
            afterQuote = true;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (afterQuote && c === '"') {
        // A doubled quote split across two chunks.
        field += '"';
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === ',') {
        row.push(field);
        field = '';
        any = true;
      } else if (c === '\n' || c === '\r') {
        row.push(field);
        yield { fields: row, line: rowLine };
        row = [];
        field = '';
        any = false;
        line++;
        rowLine = line;
        if (c === '\r') pendingCr = true;
      } else if (c === '"' && field === '') {
        quoted = true;
      } else {
        field += c;
        any = true;
      }
    }
  }
  if (any || field !== '' || row.length) {
    row.push(field);
    yield { fields: row, line: rowLine };
  }
}
