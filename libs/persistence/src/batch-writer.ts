interface Waiter<I, R> {
  item: I;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/**
 * Coalesces writes made by concurrent requests into one statement (group commit): under load, one multi-row
 * `insert … on conflict do nothing returning …` and one commit instead of one round trip, one transaction and one
 * WAL flush per request. Writes made in the same turn of the event loop go together; while `maxInFlight` batches
 * are being written, the next one keeps filling (up to `maxBatch`) and is written when one of them is done. Each
 * caller gets the result at its item's index; a failed batch fails each of its callers (nothing is retried here).
 */
export class BatchWriter<I, R> {
  private pending: Waiter<I, R>[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly writeMany: (items: I[]) => Promise<R[]>,
    private readonly maxBatch = 500,
    private readonly maxInFlight = 2,
  ) {}

  write(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxBatch && this.inFlight < this.maxInFlight) void this.flush();
      else this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || !this.pending.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.inFlight < this.maxInFlight) void this.flush();
      // else: written when a batch in flight is done.
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    if (!batch.length) return;
    this.inFlight++;
    try {
      const results = await this.writeMany(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`BatchWriter: ${results.length} results for ${batch.length} items`);
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (err) {
      for (const w of batch) w.reject(err);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}
