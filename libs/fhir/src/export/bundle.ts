import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry, BundleLink, OperationOutcome, Provenance, Resource } from '@medplum/fhirtypes';
import { SYSTEMS } from '../codes.js';
import { coding, concept, ref, urn } from './common.js';
import type { OmittedFhirPart } from './compose.js';

const OMITTED_TEXT: Record<OmittedFhirPart['reason'], string> = {
  forbidden: 'left out: the caller may not read this part of the record',
  unavailable: 'left out: the service holding this part did not answer; ask again later',
};

/** The OperationOutcome naming the parts a page leaves out (never silently). */
export function omittedOutcome(omitted: OmittedFhirPart[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    id: randomUUID(),
    issue: omitted.map((o) => ({
      severity: 'warning',
      code: o.reason === 'forbidden' ? 'suppressed' : 'transient',
      details: { text: `${o.part}: ${OMITTED_TEXT[o.reason]}` },
      expression: [o.part],
    })),
  };
}

/** Provenance of an export: these resources were assembled from the Patient Graph's record at `recorded`. */
export function exportProvenance(resources: Resource[], recorded: string): Provenance {
  return {
    resourceType: 'Provenance',
    id: randomUUID(),
    target: resources.map((r) => ref(r.id!)),
    recorded,
    activity: concept([coding(SYSTEMS.dataOperation, 'CREATE', 'create')], 'Exported from the Patient Graph record'),
    agent: [{ type: concept([coding(SYSTEMS.provenanceParticipantType, 'assembler', 'Assembler')]), who: { display: 'Patient Graph' } }],
  };
}

export interface BundleOptions {
  type: 'searchset' | 'collection';
  resources: Resource[];
  omitted?: OmittedFhirPart[];
  links?: BundleLink[];
  /** When the page was assembled (Bundle.timestamp, Provenance.recorded); now by default. */
  at?: string;
}

/**
 * A Bundle of exported resources, each entry `urn:uuid:<id>`: the Patient is the match of a searchset (as
 * `Patient/$everything` answers), the rest included; one Provenance for the page's resources and, when parts were
 * left out, an OperationOutcome naming them (search mode `outcome`).
 */
export function exportBundle(opts: BundleOptions): Bundle {
  const at = opts.at ?? new Date().toISOString();
  const search = (r: Resource): BundleEntry['search'] | undefined =>
    opts.type !== 'searchset' ? undefined : { mode: r.resourceType === 'Patient' ? 'match' : r.resourceType === 'OperationOutcome' ? 'outcome' : 'include' };
  const all: Resource[] = [...opts.resources];
  if (opts.resources.length) all.push(exportProvenance(opts.resources, at));
  if (opts.omitted?.length) all.push(omittedOutcome(opts.omitted));
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: opts.type,
    timestamp: at,
    ...(opts.links?.length ? { link: opts.links } : {}),
    entry: all.map((r) => {
      const s = search(r);
      return { fullUrl: urn(r.id!), resource: r, ...(s ? { search: s } : {}) };
    }),
  };
}
