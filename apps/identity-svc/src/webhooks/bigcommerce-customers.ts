import { DomainException } from '@pg/contracts';
import type { PersonInput } from '../matching/index.js';

/** Where BigCommerce customers are fetched by id (BIGCOMMERCE_API_URL, a local simulator in tests). */
export const BIGCOMMERCE_API = Symbol('BIGCOMMERCE_API');
export type BigcommerceApi = { baseUrl: string; token?: string } | undefined;

interface BcAddress { address1?: string; city?: string; postal_code?: string; country_code?: string }
interface BcCustomer { id: number; first_name?: string; last_name?: string; email?: string; phone?: string; addresses?: BcAddress[] }

/**
 * `GET {base}/v3/customers?id:in=<id>&include=addresses` (BigCommerce's Customers v3 API, `X-Auth-Token`): the
 * customer's demographics, or null when the store no longer has it. A store that does not answer is UNAVAILABLE
 * (BigCommerce retries the delivery).
 */
export async function fetchBigcommerceCustomer(api: NonNullable<BigcommerceApi>, id: number): Promise<Omit<PersonInput, 'source'> | null> {
  let res: Response;
  try {
    res = await fetch(`${api.baseUrl}/v3/customers?id:in=${id}&include=addresses`, {
      headers: { accept: 'application/json', ...(api.token ? { 'x-auth-token': api.token } : {}) },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw DomainException.unavailable('BigCommerce did not answer');
  }
  if (!res.ok) throw DomainException.unavailable(`BigCommerce answered ${res.status}`);
  const body = (await res.json().catch(() => null)) as { data?: BcCustomer[] } | null;
  const c = body?.data?.find((x) => x.id === id);
  if (!c) return null;
  const addr = c.addresses?.[0];
  const out: Omit<PersonInput, 'source'> = {};
  if (c.first_name) out.givenName = c.first_name;
  if (c.last_name) out.familyName = c.last_name;
  if (c.email) out.email = c.email;
  if (c.phone) out.phone = c.phone;
  if (addr?.address1) out.addressLine = addr.address1;
  if (addr?.city) out.city = addr.city;
  if (addr?.postal_code) out.postalCode = addr.postal_code;
  if (addr?.country_code) out.country = addr.country_code;
  return out;
}
