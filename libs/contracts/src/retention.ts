/**
 * How long soft-deleted records are kept before the retention purge hard-deletes them: 7 years from the deletion
 * (HIPAA asks 6 years for its documentation; rounded up). One place for every service (profiles-svc's patients,
 * labs-svc's lab reports).
 */
export const RETENTION_YEARS = 7;

/** The instant a record soft-deleted at `deletedAt` may be purged: RETENTION_YEARS calendar years later (UTC). */
export function retainUntil(deletedAt: Date): Date {
  const d = new Date(deletedAt.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + RETENTION_YEARS);
  return d;
}
