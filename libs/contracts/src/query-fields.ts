/**
 * Which record fields a list endpoint's query parameters read: each filter, and the order of the page (a sort
 * and its cursor reveal the order of the values they sort by). Field rules apply to them as to a read (RBAC.md:
 * a filter on a field the caller may not read is a probe of that field), so a parameter naming a field the
 * caller cannot read is FORBIDDEN. One declaration per list, next to its query DTO; the gateway (first check)
 * and the owning service (second check) both read it.
 */
export interface QueryFieldRules<Q> {
  /** Fields each filter parameter reads. A parameter not listed reads no field (limit, cursor). */
  filters: { readonly [K in keyof Q]?: readonly string[] };
  /** Fields the page is ordered by (always read, whatever the parameters). */
  order: readonly string[];
}

/** The fields a query reads, by parameter: the order under `order`, then each filter that is present. */
export function fieldsReadBy<Q extends object>(rules: QueryFieldRules<Q>, query: Q | undefined): { param: string; fields: readonly string[] }[] {
  const out: { param: string; fields: readonly string[] }[] = [{ param: 'order', fields: rules.order }];
  for (const [param, fields] of Object.entries(rules.filters) as [string, readonly string[] | undefined][]) {
    const value = query ? (query as Record<string, unknown>)[param] : undefined;
    if (fields && value !== undefined && value !== null && value !== '') out.push({ param, fields });
  }
  return out;
}
