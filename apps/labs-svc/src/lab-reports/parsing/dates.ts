const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(y: number, m: number, d: number, hh = 0, mm = 0): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}

const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A date as reports print it, as an ISO timestamp (UTC; a date without a time is midnight UTC): `05/19/2023` (US
 * order), `2023-05-19`, `2025-10-13 11:35`, `Apr 10, 2025`, `April 10 2025`, `10 Apr 2025`. Undefined otherwise.
 */
export function parsePrintedDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(t);
  if (m) return iso(year(m[3]!), Number(m[1]), Number(m[2]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  if (m && MONTHS[m[1]!.slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]) {
    return iso(Number(m[3]), MONTHS[m[1]!.slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()]!, Number(m[2]));
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(t);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()]) return iso(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]));
  return undefined;
}

/** HL7 v2 DTM: `YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]` → ISO 8601 (UTC). A time without a zone is taken as UTC. */
export function parseHl7DateTime(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?([+-]\d{4})?$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', hh = '00', mi = '00', ss = '00', zone] = m;
  const base = iso(Number(y), Number(mo), Number(d), Number(hh), Number(mi));
  if (!base) return undefined;
  let ms = Date.parse(base) + Number(ss) * 1000;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return new Date(ms).toISOString();
}
