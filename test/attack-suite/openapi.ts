import { randomUUID } from 'node:crypto';
import type { Action, SubjectType } from '@pg/access';

/*
 * Reading the gateway's /openapi.json: its operations, the access rule each declares (`x-access`, set by
 * @Requires), its parameters and body schemas, and values that satisfy those schemas. Everything the attack
 * suite does is derived from here, so an endpoint added later is attacked without editing the suite.
 */

export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface RawOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  'x-access'?: AccessRule;
}

export interface AccessRule {
  action?: Action;
  subject?: SubjectType;
  list?: boolean;
  anyPrincipal?: boolean;
  public?: boolean;
  /** For a list: the record fields each query parameter reads (filters) and the fields of its order. */
  queryFields?: { filters: Record<string, string[]>; order: string[] };
}

export interface Param {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ApiOperation {
  method: string;
  path: string;
  /** `GET /v1/patients/{patientId}`: how findings name the operation. */
  label: string;
  access?: AccessRule;
  pathParams: Param[];
  queryParams: Param[];
  /** The JSON body schema, resolved; undefined when the operation takes no JSON body. */
  body?: JsonSchema;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(doc: OpenApiDocument): ApiOperation[] {
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const pick = (where: string) => params.filter((p) => p.in === where).map((p) => ({ name: p.name, required: !!p.required, schema: resolve(doc, p.schema ?? {}) }));
      const pathParams = pick('path');
      // Every {name} of the template is a path parameter, documented or not.
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!pathParams.some((p) => p.name === name)) pathParams.push({ name: name!, required: true, schema: { type: 'string' } });
      }
      const json = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        label: `${method.toUpperCase()} ${path}`,
        access: op['x-access'],
        pathParams,
        queryParams: pick('query'),
        body: json ? objectSchema(doc, json) : undefined,
      });
    }
  }
  return out;
}

export const isPatientScoped = (op: ApiOperation) => op.path.includes('{patientId}');
export const isWrite = (op: ApiOperation) => ['POST', 'PUT', 'PATCH'].includes(op.method);
/** Path parameters other than the patient: record ids. */
export const recordParams = (op: ApiOperation) => op.pathParams.filter((p) => p.name !== 'patientId');

/** Follows `$ref`s (an unknown one, as class-validator-jsonschema emits for custom types, becomes `{}`). */
export function resolve(doc: OpenApiDocument, schema: JsonSchema, depth = 0): JsonSchema {
  if (!schema.$ref || depth > 10) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components?.schemas?.[name];
  return target ? resolve(doc, target, depth + 1) : {};
}

/** The object schema of a body: a `oneOf` of a file upload, a JSON object and text picks the JSON object. */
function objectSchema(doc: OpenApiDocument, schema: JsonSchema): JsonSchema | undefined {
  const s = resolve(doc, schema);
  if (s.properties || s.type === 'object') return s;
  for (const alt of s.oneOf ?? s.anyOf ?? []) {
    if (!alt.$ref) continue;
    const r = resolve(doc, alt);
    if (r.properties) return r;
  }
  return undefined;
}

/** The path with its parameters filled in. */
export function fillPath(op: ApiOperation, values: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? randomUUID()));
}

const TODAY = new Date().toISOString().slice(0, 10);

/** Candidates tried in turn against a `pattern`: covers ids, codes, keys and free text. */
const PATTERN_CANDIDATES = ['Attack test', 'attack', 'attack-1', 'a', 'A1', 'urn:attack|1', 'attack|1', 'test:read', '1', 'attack@example.org', '+14155552671'];

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return true;
  }
}

/**
 * A value the schema accepts (as far as a schema can say: custom validators show up as bare strings, so names
 * help). Used for required fields and for fields an attack sets.
 */
export function sampleValue(doc: OpenApiDocument, name: string, raw: JsonSchema, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return schema.enum[0];
  const alt = schema.oneOf ?? schema.anyOf;
  if (alt?.length) return sampleValue(doc, name, alt[0]!, depth);
  const lname = name.toLowerCase();
  if (schema.format === 'uuid' || /(^id$|id$)/.test(name)) return randomUUID();
  if (schema.format === 'email' || lname === 'email') return 'attack@example.org';
  if (schema.format === 'date' || lname.endsWith('date')) return '1990-01-01';
  if (schema.format === 'date-time' || /(at|since|until)$/.test(lname)) return new Date().toISOString();
  if (lname === 'phone') return '+14155552671';
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, 0);
      return Array.from({ length: n }, () => sampleValue(doc, name, schema.items ?? {}, depth + 1));
    }
    case 'object':
      return depth > 4 ? {} : minimalBody(doc, schema, depth + 1);
    case 'string': {
      const candidates = schema.pattern ? PATTERN_CANDIDATES.filter((c) => matches(schema.pattern!, c)) : ['Attack test'];
      let v = candidates[0] ?? 'attack';
      if (schema.maxLength !== undefined) v = v.slice(0, schema.maxLength);
      while (schema.minLength !== undefined && v.length < schema.minLength) v += 'a';
      return v;
    }
    default:
      if (schema.properties) return depth > 4 ? {} : minimalBody(doc, schema, depth + 1);
      if (lname === 'address') return { line1: '1 Attack Street', city: 'Testville', postalCode: '12345', country: 'US' };
      return 'attack';
  }
}

/** An object with the required properties of a schema, each with a sample value. */
export function minimalBody(doc: OpenApiDocument, schema: JsonSchema | undefined, depth = 0): Record<string, unknown> {
  const s = schema ? resolve(doc, schema) : {};
  const out: Record<string, unknown> = {};
  for (const name of s.required ?? []) out[name] = sampleValue(doc, name, s.properties?.[name] ?? {}, depth);
  return out;
}

/** Query values the operation needs to be well-formed (its required parameters). */
export function requiredQuery(doc: OpenApiDocument, op: ApiOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.queryParams.filter((q) => q.required)) out[p.name] = String(sampleValue(doc, p.name, p.schema));
  return out;
}

/** Whether a parameter holds a date or a timestamp (by its schema, or by its name where the schema cannot say). */
export function isDateParam(p: Param): boolean {
  const formats = [p.schema.format, ...(p.schema.oneOf ?? p.schema.anyOf ?? []).map((s) => s.format)];
  if (formats.some((f) => f === 'date' || f === 'date-time')) return true;
  return /(date|^from$|^to$|since|until|At$)/.test(p.name);
}

/** A free-text or code parameter: a string that is not an enum, an id or a date. */
export function isFreeString(p: Param): boolean {
  const s = p.schema;
  return (s.type === 'string' || (!s.type && !s.oneOf)) && !s.enum && s.format !== 'uuid' && !isDateParam(p) && p.name !== 'cursor';
}
