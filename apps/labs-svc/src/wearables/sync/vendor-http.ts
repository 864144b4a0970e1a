/** A vendor answered with an error status, or could not be reached. */
export class VendorHttpError extends Error {
  constructor(
    readonly status: number,
    /** Seconds the vendor asked us to wait (`Retry-After`), when it said. */
    readonly retryAfterSeconds: number | null,
    /** The OAuth error code of a token endpoint's refusal (`invalid_grant`), never its description. */
    readonly oauthError: string | null = null,
  ) {
    super(`vendor answered ${status}`);
    this.name = 'VendorHttpError';
  }

  get rateLimited(): boolean {
    return this.status === 429;
  }

  /** 5xx, or no answer at all (status 0): worth trying again later. */
  get unavailable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (!header) return null;
  const v = header.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Bounded: a vendor never makes a replica wait on one request for long. */
const TIMEOUT_MS = 15_000;

/** One HTTP call to a vendor; JSON back, or a VendorHttpError. Nothing of the request or answer is logged. */
export async function vendorRequest(url: string, init: RequestInit, now: Date): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new VendorHttpError(0, null);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    let oauthError: string | null = null;
    try {
      const body = JSON.parse(text) as { error?: unknown };
      if (typeof body.error === 'string' && /^[a-z_]{1,64}$/.test(body.error)) oauthError = body.error;
    } catch {
      // not JSON: the status says enough
    }
    throw new VendorHttpError(res.status, retryAfterSeconds(res.headers.get('retry-after'), now), oauthError);
  }
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new VendorHttpError(502, null);
  }
}
