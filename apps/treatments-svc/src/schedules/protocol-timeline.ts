import type { ProtocolStatus } from '@pg/contracts';
import type { StoredProtocolItem } from '../protocols/protocol-version.entity.js';
import { CompiledSchedule, nextDate, startOfDay } from './schedule.js';

/** What the timeline needs of a stored version. */
export interface VersionLike {
  version: number;
  status: ProtocolStatus;
  startDate: string;
  endDate?: string | null;
  timeZone: string;
  items: StoredProtocolItem[];
  /** Null for the first version: in force from the beginning. */
  effectiveFrom?: Date | null;
}

/** A version and the instants it is in force: `[from, to)` (epoch ms, ±Infinity when open). */
export interface Span<V extends VersionLike = VersionLike> {
  v: V;
  from: number;
  to: number;
}

/** One due dose: which version was in force, which item, when. */
export interface DueDose<V extends VersionLike = VersionLike> {
  v: V;
  item: StoredProtocolItem;
  dueAt: number;
}

/**
 * When each version is in force. A version is in force from its `effectiveFrom` until the next version's (the
 * service never accepts an `effectiveFrom` before the newest version's, so these follow the version order); a
 * version superseded at its own `effectiveFrom` has no span. `versions` in ascending version order.
 */
export function spans<V extends VersionLike>(versions: readonly V[]): Span<V>[] {
  const out: Span<V>[] = [];
  versions.forEach((v, i) => {
    const from = i === 0 || !v.effectiveFrom ? -Infinity : v.effectiveFrom.getTime();
    const next = versions[i + 1];
    const to = next?.effectiveFrom ? next.effectiveFrom.getTime() : next ? -Infinity : Infinity;
    if (from < to) out.push({ v, from, to });
  });
  return out;
}

/** The version in force at instant `t` (the newest whose effectiveFrom is not after `t`), or null before the first. */
export function inForceAt<V extends VersionLike>(versions: readonly V[], t: number): V | null {
  return spans(versions).find((s) => s.from <= t && t < s.to)?.v ?? null;
}

/** The instants a version's own dates cover: 00:00 of its start date to the end of its end date, in its zone. */
export function dateWindow(v: VersionLike): [number, number] {
  return [startOfDay(v.startDate, v.timeZone), v.endDate ? startOfDay(nextDate(v.endDate), v.timeZone) : Infinity];
}

const compiled = new Map<string, CompiledSchedule>();
const COMPILED_MAX = 2000;

/** The compiled schedule of an item in a version (kept: the same rule is expanded on every read). */
export function scheduleOf(v: VersionLike, item: StoredProtocolItem): CompiledSchedule {
  const key = JSON.stringify([item.schedule.rrule, item.schedule.dtstart ?? null, v.timeZone, v.startDate]);
  let s = compiled.get(key);
  if (!s) {
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    s = CompiledSchedule.compile(item.schedule, v.timeZone, v.startDate);
    compiled.set(key, s);
  }
  return s;
}

/**
 * Every dose due in `[fromMs, toMs)`: per version, while it is in force, while it is `active`, within its start
 * and end dates, each item's schedule. Ordered by due time, then item.
 */
export function dosesDue<V extends VersionLike>(versions: readonly V[], fromMs: number, toMs: number, items?: ReadonlySet<string>): DueDose<V>[] {
  const out: DueDose<V>[] = [];
  for (const span of spans(versions)) {
    if (span.v.status !== 'active') continue;
    const [start, end] = dateWindow(span.v);
    const lo = Math.max(fromMs, span.from, start);
    const hi = Math.min(toMs, span.to, end);
    if (lo >= hi) continue;
    for (const item of span.v.items) {
      if (items && !items.has(item.id)) continue;
      for (const dueAt of scheduleOf(span.v, item).between(lo, hi)) out.push({ v: span.v, item, dueAt });
    }
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.item.id.localeCompare(b.item.id));
}

/** Versions in force at some instant of `[fromMs, toMs)`, each with the part of the window it covers. */
export function spansWithin<V extends VersionLike>(versions: readonly V[], fromMs: number, toMs: number): Span<V>[] {
  return spans(versions)
    .map((s) => ({ v: s.v, from: Math.max(s.from, fromMs), to: Math.min(s.to, toMs) }))
    .filter((s) => s.from < s.to);
}
