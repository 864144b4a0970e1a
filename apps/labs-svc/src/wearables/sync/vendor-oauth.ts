import type { WearableVendorSettings } from '@pg/config';
import { isObject, num, str } from '../formats/format.js';
import { VendorHttpError, vendorRequest } from './vendor-http.js';

export interface VendorTokens {
  accessToken: string;
  /** A vendor that rotates refresh tokens sends a new one with each refresh; one that does not, none. */
  refreshToken: string | null;
  expiresAt: Date | null;
  scope: string | null;
}

function tokensOf(body: unknown, now: Date): VendorTokens {
  const access = isObject(body) ? str(body.access_token) : null;
  if (!isObject(body) || !access) throw new VendorHttpError(502, null, 'invalid_token_response');
  const expiresIn = num(body.expires_in);
  return {
    accessToken: access,
    refreshToken: str(body.refresh_token),
    expiresAt: expiresIn !== null ? new Date(now.getTime() + expiresIn * 1000) : null,
    scope: str(body.scope),
  };
}

async function tokenRequest(vendor: WearableVendorSettings, params: Record<string, string>, now: Date): Promise<VendorTokens> {
  const body = new URLSearchParams({ ...params, client_id: vendor.clientId, client_secret: vendor.clientSecret });
  const answer = await vendorRequest(vendor.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: body.toString(),
  }, now);
  return tokensOf(answer, now);
}

/** The authorization code grant (RFC 6749 §4.1.3), with the PKCE verifier (RFC 7636). */
export function exchangeCode(vendor: WearableVendorSettings, code: string, redirectUri: string, codeVerifier: string, now: Date): Promise<VendorTokens> {
  return tokenRequest(vendor, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier }, now);
}

/** A refresh (RFC 6749 §6). */
export function refreshTokens(vendor: WearableVendorSettings, refreshToken: string, now: Date): Promise<VendorTokens> {
  return tokenRequest(vendor, { grant_type: 'refresh_token', refresh_token: refreshToken }, now);
}
