/**
 * The one shape every wearable and CGM source becomes, whether it arrived as an uploaded export or through a
 * vendor sync. Format readers (wearables/formats) produce these; the sample store writes them (unique per source
 * reading); reads and glucose metrics read them back.
 */
/** `fhir`: vital signs from an imported FHIR Bundle (docs/fhir.md). */
export type WearableProvider = 'dexcom' | 'libre' | 'nightscout' | 'oura' | 'whoop' | 'fhir';

/** How a sample arrived. The same reading arriving both ways is one sample with both channels recorded. */
export type SampleChannel = 'upload' | 'sync';

export interface WearableSample {
  provider: WearableProvider;
  /** Device or transmitter id when the source names one (`serial`, `transmitter_id`, ring id), else null. */
  device: string | null;
  /** Metric key, e.g. `glucose`, `heart_rate`, `hrv_rmssd`, `sleep_duration`, `readiness_score`, `steps`. */
  metric: string;
  start: Date;
  end: Date | null;
  /** In `unit` (UCUM). Glucose is always mg/dL here; the original value and unit are kept below. */
  value: number;
  unit: string;
  /** Censored readings (`High`/`Low`): `>` or `<` with `value` the bound (400 / 40). */
  censored?: '<' | '>' | null;
  /** What the source printed, for round trips (`5.6` `mmol/L`, `High`). */
  originalValue?: string | null;
  originalUnit?: string | null;
  /** CGM trend arrow as the source names it (`Flat`, `SingleUp`, `→`), when given. */
  trend?: string | null;
  /**
   * The source's own unique key for this reading (Dexcom `recordId`/event id, Libre serial + timestamp + record type,
   * Nightscout `_id`, Oura/Whoop id + metric). Re-imports dedupe on (patient, provider, sourceKey), never on time.
   */
  sourceKey: string;
  /** Dexcom: system time (UTC) vs display time (device local), both kept. */
  displayTime?: string | null;
  /** Extra per-sample fields worth keeping (record type, sleep stages…), ids and numbers only — never free text. */
  attributes?: Record<string, string | number | boolean | null>;
}

/** What reading one source produced: samples plus rows refused, each with a reason (counted per reason). */
export interface ParsedWearableData {
  format: string;
  samples: WearableSample[];
  rejected: { reason: string; count: number }[];
  /** Daily summaries a source gives directly (Oura daily_sleep, Whoop recovery), one per (metric family, day). */
  summaries?: WearableDailySummary[];
}

export interface WearableDailySummary {
  provider: WearableProvider;
  /** `sleep` | `readiness` | `recovery` | `activity` */
  kind: string;
  /** Local calendar day the vendor assigns (YYYY-MM-DD). */
  day: string;
  sourceKey: string;
  /** Numbers only: score, durations in seconds, stages, efficiency, hrv, resting heart rate, steps, calories. */
  values: Record<string, number | null>;
}

/**
 * Writes samples and summaries for one patient; implemented by the sample store. Returns what was new and what was
 * already there. The sync and the upload both call it.
 */
export interface WearableSink {
  write(
    patientId: string, channel: SampleChannel, data: ParsedWearableData,
    /** `timeZone`: the zone the daily stats' days are counted in (UTC when absent). */
    context: { importId?: string; connectionId?: string; timeZone?: string },
  ): Promise<{ accepted: number; duplicates: number }>;
}

/** Nest injection token for the WearableSink. */
export const WEARABLE_SINK = Symbol('WEARABLE_SINK');
