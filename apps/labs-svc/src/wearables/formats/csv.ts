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
  for await (const batch of csvRowBatches(input)) for (const row of batch) yield row;
}

/**
 * The rows of each chunk at once. A hot reader iterates these synchronously: one await per chunk of the file rather
 * than one per row (an async generator's yield costs a promise and a microtask turn, which for a year of CGM
 * readings was a third of the reading time).
 */
export async function* csvRowBatches(input: CsvInput): AsyncGenerator<{ fields: string[]; line: number }[]> {
  let carry = '';
  let line = 1;
  let first = true;
  for await (let text of chunks(input)) {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length) first = false;
    }
    text = carry + text;
    const rows: { fields: string[]; line: number }[] = [];
    let pos = 0;
    // The next quote at or after pos (searched again only once pos has passed it: no rescans of a quote-less text).
    let quote = text.indexOf('"');
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0) break;
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote >= 0 && quote < nl) {
        // A quoted field (it may hold line breaks): the slow path, from this row on as far as this text goes.
        const row = quotedRow(text, pos);
        if (!row) break; // the row continues in the next chunk
        rows.push({ fields: row.fields, line });
        line += row.lines;
        pos = row.end;
        continue;
      }
      const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      rows.push({ fields: text.slice(pos, end).split(','), line });
      line++;
      pos = nl + 1;
    }
    carry = text.slice(pos);
    if (rows.length) yield rows;
  }
  if (carry.length) {
    if (carry.includes('"')) {
      const row = quotedRow(`${carry}\n`, 0);
      if (row) yield [{ fields: row.fields, line }];
    } else {
      yield [{ fields: carry.replace(/\r$/, '').split(','), line }];
    }
  }
}

/** One row that holds quotes, from `start`; null when the text ends before the row does. */
function quotedRow(text: string, start: number): { fields: string[]; end: number; lines: number } | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let lines = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (i + 1 >= text.length) return null; // a doubled quote may be split across chunks
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') lines++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      const end = c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (c === '\r' && i + 1 >= text.length) return null;
      return { fields, end, lines };
    } else {
      field += c;
    }
  }
  return null;
}
