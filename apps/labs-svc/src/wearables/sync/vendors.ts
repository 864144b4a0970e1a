import type { WearableSyncProvider, WearableVendorSettings } from '@pg/config';
import type { ParsedWearableData, WearableDailySummary, WearableSample } from '../wearable-sample.js';
import { isObject, str } from '../formats/format.js';
import { RejectionTally } from '../formats/reader-kit.js';
import { readEgv } from '../formats/dexcom-api.js';
import { readOuraDocuments, type OuraType } from '../formats/oura.js';
import { readWhoopRecords, type WhoopType } from '../formats/whoop.js';

const DAY_MS = 86_400_000;

/** One stream a connection syncs: how to ask for a window of it, where its next page is, and how to read a page. */
export interface VendorStream {
  name: string;
  /** The URL of one page of the window [from, to). */
  url(api: string, from: Date, to: Date, pageToken: string | null): string;
  nextPageToken(body: unknown): string | null;
  read(body: unknown): ParsedWearableData & { vendorUserId?: string | null };
}

/** What differs between vendors: streams, how often, how far back, how much overlap, how to revoke. */
export interface VendorDescriptor {
  provider: WearableSyncProvider;
  streams: VendorStream[];
  /** How often a connection is synced: CGM every 30 min, the others daily. */
  intervalMs: number;
  /** A first sync reaches this far back. */
  backfillMs: number;
  /** Each sync starts this long before where the last one ended: vendors revise recent days (dedupe absorbs it). */
  overlapMs: number;
  /** Longest window one request may ask for (Dexcom: 30 days). */
  maxWindowMs: number;
  /** PKCE (S256) is sent; a vendor that does not implement it ignores the two parameters. */
  pkce: boolean;
  revoke?: (vendor: WearableVendorSettings, tokens: { access: string; refresh: string | null }) => { url: string; init: RequestInit } | null;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
/** Dexcom takes `YYYY-MM-DDThh:mm:ss` in system time (UTC), no offset. */
const dexcomTime = (d: Date) => d.toISOString().slice(0, 19);

function out() {
  return { samples: [] as WearableSample[], summaries: [] as WearableDailySummary[], rejected: new RejectionTally() };
}

function ouraStream(type: OuraType): VendorStream {
  return {
    name: type,
    url(api, from, to, pageToken) {
      const q = new URLSearchParams(type === 'heartrate'
        ? { start_datetime: from.toISOString(), end_datetime: to.toISOString() }
        // Oura's end_date is inclusive of the day; the next window starts the day `to` falls on.
        : { start_date: ymd(from), end_date: ymd(to) });
      if (pageToken) q.set('next_token', pageToken);
      return `${api}/v2/usercollection/${type}?${q}`;
    },
    nextPageToken: (body) => (isObject(body) ? str(body.next_token) : null),
    read(body) {
      const o = out();
      if (isObject(body) && Array.isArray(body.data)) readOuraDocuments(type, body.data, o);
      else o.rejected.add('not an Oura collection response');
      return { format: 'oura-v2', samples: o.samples, summaries: o.summaries, rejected: o.rejected.list() };
    },
  };
}

const WHOOP_PATHS: Record<WhoopType, string> = { cycle: 'cycle', recovery: 'recovery', sleep: 'activity/sleep', workout: 'activity/workout' };

function whoopStream(type: WhoopType): VendorStream {
  return {
    name: type,
    url(api, from, to, pageToken) {
      const q = new URLSearchParams({ start: from.toISOString(), end: to.toISOString(), limit: '25' });
      if (pageToken) q.set('nextToken', pageToken);
      return `${api}/v2/${WHOOP_PATHS[type]}?${q}`;
    },
    // The answer names it `next_token`; the request parameter is `nextToken`.
    nextPageToken: (body) => (isObject(body) ? str(body.next_token) ?? str(body.nextToken) : null),
    read(body) {
      const o = out();
      const records = isObject(body) && Array.isArray(body.records) ? body.records : null;
      if (records) readWhoopRecords(type, records, o);
      else o.rejected.add('not a WHOOP collection response');
      const first = records?.find(isObject);
      const user = first && (typeof first.user_id === 'number' || typeof first.user_id === 'string') ? String(first.user_id) : null;
      return { format: 'whoop', samples: o.samples, summaries: o.summaries, rejected: o.rejected.list(), vendorUserId: user };
    },
  };
}

const dexcomEgvs: VendorStream = {
  name: 'egvs',
  url: (api, from, to) => `${api}/v3/users/self/egvs?${new URLSearchParams({ startDate: dexcomTime(from), endDate: dexcomTime(to) })}`,
  nextPageToken: () => null,
  read(body) {
    const o = out();
    if (!isObject(body) || !Array.isArray(body.records)) o.rejected.add('not a Dexcom egvs response');
    else {
      for (const rec of body.records) {
        const r = isObject(rec) ? readEgv(rec, str(body.unit)) : 'not an object';
        if (typeof r === 'string') o.rejected.add(r);
        else o.samples.push(r);
      }
    }
    return { format: 'dexcom-api-egvs', samples: o.samples, rejected: o.rejected.list(), vendorUserId: isObject(body) ? str(body.userId) : null };
  },
};

export const VENDORS: Record<WearableSyncProvider, VendorDescriptor> = {
  oura: {
    provider: 'oura',
    streams: (['daily_sleep', 'daily_readiness', 'daily_activity', 'sleep', 'daily_spo2', 'workout', 'heartrate'] as const).map(ouraStream),
    intervalMs: DAY_MS,
    backfillMs: 30 * DAY_MS,
    overlapMs: 2 * DAY_MS,
    maxWindowMs: 30 * DAY_MS,
    pkce: true,
    // Oura: `GET /oauth/revoke?access_token=…`.
    revoke: (v, t) => (v.revokeUrl ? { url: `${v.revokeUrl}?${new URLSearchParams({ access_token: t.access })}`, init: { method: 'GET' } } : null),
  },
  whoop: {
    provider: 'whoop',
    streams: (['cycle', 'recovery', 'sleep', 'workout'] as const).map(whoopStream),
    intervalMs: DAY_MS,
    backfillMs: 30 * DAY_MS,
    overlapMs: DAY_MS,
    maxWindowMs: 30 * DAY_MS,
    pkce: true,
    // WHOOP: `DELETE /v2/user/access` with the user's bearer token ends the app's access.
    revoke: (v, t) => (v.revokeUrl ? { url: v.revokeUrl, init: { method: 'DELETE', headers: { authorization: `Bearer ${t.access}` } } } : null),
  },
  dexcom: {
    provider: 'dexcom',
    streams: [dexcomEgvs],
    intervalMs: 30 * 60_000,
    backfillMs: 30 * DAY_MS,
    overlapMs: 3 * 3_600_000,
    maxWindowMs: 30 * DAY_MS,
    pkce: true,
    // Dexcom documents no revocation endpoint: disconnecting deletes the tokens here (the patient revokes in Dexcom's app).
  },
};
