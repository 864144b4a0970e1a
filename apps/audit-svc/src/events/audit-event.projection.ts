/**
 * How the searchable columns of `audit_event` derive from the stored event (`event` jsonb). One definition,
 * used by the insert (columns computed by Postgres from the event it stores) and by chain verification (a row
 * whose columns no longer match its event is a tampered row), so the two can never drift apart.
 */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** A uuid column holds the value when it is a UUID, else null (the event itself keeps what was sent). */
const uuidOrNull = (text: string) => `(case when ${text} ~ '${UUID_PATTERN}' then (${text})::uuid end)`;

export const PROJECTED_COLUMNS: ReadonlyArray<readonly [column: string, expression: (e: string) => string]> = [
  ['id', (e) => `(${e}->>'id')::uuid`],
  ['recorded_at', (e) => `(${e}->>'recordedAt')::timestamptz`],
  ['action', (e) => `(${e}->>'action')`],
  ['outcome', (e) => `(${e}->>'outcome')`],
  ['reason', (e) => `(${e}->>'reason')`],
  ['actor_principal_id', (e) => uuidOrNull(`(${e}->'actor'->>'principalId')`)],
  ['actor_subject', (e) => `(${e}->'actor'->>'subject')`],
  ['actor_roles', (e) => `array(select jsonb_array_elements_text(${e}->'actor'->'roles'))`],
  ['actor_kind', (e) => `(${e}->'actor'->>'kind')`],
  ['on_behalf_of', (e) => `(${e}->'actor'->>'onBehalfOf')`],
  ['source_service', (e) => `(${e}->'source'->>'service')`],
  ['source_instance', (e) => `(${e}->'source'->>'instance')`],
  ['source_ip', (e) => `(${e}->'source'->>'ip')`],
  ['source_user_agent', (e) => `(${e}->'source'->>'userAgent')`],
  ['resource_type', (e) => `(${e}->'resource'->>'type')`],
  ['resource_id', (e) => `(${e}->'resource'->>'id')`],
  ['patient_id', (e) => uuidOrNull(`(${e}->'resource'->>'patientId')`)],
  ['query', (e) => `(${e}->'query')`],
  ['purpose_of_use', (e) => `(${e}->>'purposeOfUse')`],
  ['break_glass', (e) => `(coalesce(jsonb_typeof(${e}->'breakGlass') = 'object', false))`],
  ['break_glass_reason', (e) => `(${e}->'breakGlass'->>'reason')`],
  ['disclosure', (e) => `(${e}->'disclosure')`],
  ['request_id', (e) => `(${e}->>'requestId')`],
  ['trace_id', (e) => `(${e}->>'traceId')`],
];

export const projectedColumnList = () => PROJECTED_COLUMNS.map(([c]) => `"${c}"`).join(', ');
export const projectedExpressions = (e: string) => PROJECTED_COLUMNS.map(([, expr]) => expr(e)).join(', ');

/** True when a row's columns say something other than its event. `row` is the table alias. */
export const columnsDisagreeWithEvent = (row: string) =>
  `(row(${PROJECTED_COLUMNS.map(([c]) => `${row}."${c}"`).join(', ')}) is distinct from row(${projectedExpressions(`${row}."event"`)}))`;

/** A Postgres identifier, quoted. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
