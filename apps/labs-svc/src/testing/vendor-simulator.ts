import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SimVendor = 'oura' | 'whoop' | 'dexcom';

interface Grant {
  vendor: SimVendor;
  redirectUri: string;
  challenge: string | null;
  clientId: string;
}

/** A failure to serve instead of the next matching request. */
interface Fault {
  vendor: SimVendor;
  path: string;
  /** Serve it on this page (0 = first page of the stream). */
  page: number;
  status: number;
  retryAfter?: string;
}

export interface SimRequest {
  vendor: SimVendor;
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  form: Record<string, string>;
}

/**
 * Local stand-ins for Oura, WHOOP and Dexcom: OAuth 2.0 (authorization code with PKCE S256, refresh with rotation,
 * revocation) and the data endpoints, serving the documented response shapes (built from the shared samples) page
 * by page (`next_token`). Tests can expire every access token, and make the next request of a path answer 429 with
 * Retry-After (or a 5xx). Every request is recorded. Paths: `/<vendor>/oauth/{authorize,token,revoke}` and the
 * vendor's own API paths under `/<vendor>`.
 */
export class VendorSimulator {
  private server?: Server;
  readonly requests: SimRequest[] = [];
  private readonly codes = new Map<string, Grant>();
  private readonly access = new Map<string, { vendor: SimVendor; expired: boolean }>();
  private readonly refresh = new Map<string, SimVendor>();
  readonly revoked: string[] = [];
  private readonly faults: Fault[] = [];
  /** Documents per vendor path (`/v2/usercollection/heartrate`), served `pageSize` at a time. */
  readonly collections = new Map<string, unknown[]>();
  /** Whole responses per vendor path (Dexcom egvs: one response, no pages). */
  readonly responses = new Map<string, unknown>();
  pageSize = 2;
  /** Seconds an issued access token lives (`expires_in`). */
  accessTtl = 3600;
  readonly clients: Record<SimVendor, { id: string; secret: string }> = {
    oura: { id: 'oura-client', secret: 'oura-secret' }, whoop: { id: 'whoop-client', secret: 'whoop-secret' }, dexcom: { id: 'dexcom-client', secret: 'dexcom-secret' },
  };
  ouraUserId = 'oura-user-8f9a5221';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((res) => this.server!.listen(0, '127.0.0.1', res));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((res) => this.server?.close(() => res()) ?? res());
  }

  /** What the patient's consent at the vendor does: a code for this authorization URL's client, redirect and challenge. */
  consent(authorizationUrl: string): { code: string; state: string } {
    const u = new URL(authorizationUrl);
    const vendor = u.pathname.split('/')[1] as SimVendor;
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, {
      vendor,
      redirectUri: u.searchParams.get('redirect_uri') ?? '',
      challenge: u.searchParams.get('code_challenge_method') === 'S256' ? u.searchParams.get('code_challenge') : null,
      clientId: u.searchParams.get('client_id') ?? '',
    });
    return { code, state: u.searchParams.get('state') ?? '' };
  }

  /** Every access token issued so far stops working (401) — as if they had expired early. */
  expireAccessTokens(): void {
    for (const t of this.access.values()) t.expired = true;
  }

  /** Every token this vendor issued so far is refused (`invalid_grant`, 401): the grant was withdrawn at the vendor. */
  withdrawGrants(vendor: SimVendor): void {
    for (const [t, v] of this.refresh) if (v === vendor) this.refresh.delete(t);
    for (const t of this.access.values()) if (t.vendor === vendor) t.expired = true;
  }

  /** The request for `page` of `path` answers `status` (with Retry-After) once. */
  fail(vendor: SimVendor, path: string, status: number, opts: { page?: number; retryAfter?: string } = {}): void {
    this.faults.push({ vendor, path, page: opts.page ?? 0, status, ...(opts.retryAfter !== undefined ? { retryAfter: opts.retryAfter } : {}) });
  }

  /** Tokens the simulator issued, for checking none is stored in clear. */
  issuedTokens(): string[] {
    return [...this.access.keys(), ...this.refresh.keys()];
  }

  private issue(vendor: SimVendor): Record<string, unknown> {
    const access = `at-${vendor}-${randomBytes(12).toString('hex')}`;
    const refresh = `rt-${vendor}-${randomBytes(12).toString('hex')}`;
    this.access.set(access, { vendor, expired: false });
    this.refresh.set(refresh, vendor);
    return { access_token: access, refresh_token: refresh, expires_in: this.accessTtl, token_type: 'bearer', scope: 'read' };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const [, vendorPart, ...rest] = url.pathname.split('/');
    const vendor = vendorPart as SimVendor;
    const path = `/${rest.join('/')}`;
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const form = Object.fromEntries(new URLSearchParams(raw));
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : null;
    this.requests.push({ vendor, method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), authorization, form });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (!['oura', 'whoop', 'dexcom'].includes(vendor)) return send(404, { error: 'not_found' });
    if (path === '/oauth/token') return send(...this.token(vendor, form));
    if (path === '/oauth/revoke' || path === '/v2/user/access') {
      const token = url.searchParams.get('access_token') ?? authorization?.replace(/^Bearer /, '') ?? '';
      if (!this.access.has(token)) return send(401, { error: 'invalid_token' });
      this.revoked.push(token);
      this.access.delete(token);
      return send(200, {});
    }
    // Data: a valid, unexpired bearer token of this vendor.
    const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    const t = this.access.get(bearer);
    if (!t || t.vendor !== vendor || t.expired) return send(401, { error: 'invalid_token' });
    const pageParam = url.searchParams.get('next_token') ?? url.searchParams.get('nextToken');
    const page = pageParam ? Number(pageParam.replace(/^p/, '')) : 0;
    const fault = this.faults.findIndex((f) => f.vendor === vendor && f.path === path && f.page === page);
    if (fault >= 0) {
      const [f] = this.faults.splice(fault, 1);
      return send(f!.status, { error: 'simulated' }, f!.retryAfter !== undefined ? { 'retry-after': f!.retryAfter } : {});
    }
    if (path === '/v2/usercollection/personal_info') return send(200, { id: this.ouraUserId, age: 31 });
    const whole = this.responses.get(`${vendor}${path}`);
    if (whole !== undefined) return send(200, whole);
    const docs = this.collections.get(`${vendor}${path}`) ?? [];
    const slice = docs.slice(page * this.pageSize, (page + 1) * this.pageSize);
    const next = (page + 1) * this.pageSize < docs.length ? `p${page + 1}` : null;
    return send(200, vendor === 'oura' ? { data: slice, next_token: next } : { records: slice, next_token: next });
  }

  private token(vendor: SimVendor, form: Record<string, string>): [number, unknown] {
    const client = this.clients[vendor];
    if (form.client_id !== client.id || form.client_secret !== client.secret) return [401, { error: 'invalid_client' }];
    if (form.grant_type === 'authorization_code') {
      const grant = this.codes.get(form.code ?? '');
      // A code is good once, for the redirect it was issued to, with the verifier of its challenge.
      this.codes.delete(form.code ?? '');
      if (!grant || grant.vendor !== vendor || grant.redirectUri !== form.redirect_uri) return [400, { error: 'invalid_grant' }];
      if (grant.challenge && createHash('sha256').update(form.code_verifier ?? '').digest('base64url') !== grant.challenge) return [400, { error: 'invalid_grant' }];
      return [200, this.issue(vendor)];
    }
    if (form.grant_type === 'refresh_token') {
      // Rotation: a refresh token is spent by its use.
      if (this.refresh.get(form.refresh_token ?? '') !== vendor) return [400, { error: 'invalid_grant' }];
      this.refresh.delete(form.refresh_token!);
      return [200, this.issue(vendor)];
    }
    return [400, { error: 'unsupported_grant_type' }];
  }
}

/** The env that points labs-svc's vendor settings at a simulator. */
export function simulatorEnv(base: string, sim: VendorSimulator): Record<string, string> {
  const env: Record<string, string> = {};
  const api: Record<SimVendor, string> = { oura: `${base}/oura`, whoop: `${base}/whoop`, dexcom: `${base}/dexcom` };
  for (const v of ['oura', 'whoop', 'dexcom'] as const) {
    const up = v.toUpperCase();
    env[`${up}_API_URL`] = api[v];
    env[`${up}_AUTH_URL`] = `${base}/${v}/oauth/authorize`;
    env[`${up}_TOKEN_URL`] = `${base}/${v}/oauth/token`;
    env[`${up}_CLIENT_ID`] = sim.clients[v].id;
    env[`${up}_CLIENT_SECRET`] = sim.clients[v].secret;
  }
  env.OURA_REVOKE_URL = `${base}/oura/oauth/revoke`;
  env.WHOOP_REVOKE_URL = `${base}/whoop/v2/user/access`;
  env.DEXCOM_REVOKE_URL = '';
  return env;
}
