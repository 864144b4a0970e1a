/**
 * A Postgres array literal (`{"a","b"}`) for a `?::text[]` / `?::uuid[]` / `?::int[]` parameter: MikroORM's raw
 * queries expand a JS array binding into a list of values, which is not one array parameter.
 */
export function pgArray(values: ReadonlyArray<string | number>): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}
