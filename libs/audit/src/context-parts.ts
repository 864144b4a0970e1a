import { DomainException, ErrorCode, type ContextPart, type ContextPartReply, type ContextPartsReply, type RpcErrorBody } from '@pg/contracts';
import { auditedParts, readPart, type AuditedParts, type PartOutcome } from './audited.decorator.js';

/** How one part of the assistant's view is read: the payload its own pattern takes, and the service call. */
export interface ContextPartReader {
  payload: Record<string, unknown>;
  read: () => Promise<unknown>;
}

function errorBodyOf(err: unknown): RpcErrorBody {
  return err instanceof DomainException ? err.toBody() : { code: ErrorCode.INTERNAL, message: 'Internal error' };
}

/**
 * A service's share of the assistant's view (a `contextRead` handler with `parts`): the parts asked are read
 * concurrently, each through the service method its own pattern calls (its record-level check first), and each is
 * recorded as that pattern records it (RpcAuditInterceptor). A part that is refused is answered as its error; the
 * others are still given.
 */
export async function readContextParts<P extends ContextPart>(
  patientId: string,
  asked: readonly P[],
  readers: Record<P, () => ContextPartReader>,
): Promise<AuditedParts<ContextPartsReply>> {
  const outcomes: PartOutcome[] = await Promise.all(asked.map((part) => {
    const { payload, read } = readers[part]();
    return readPart(part, payload, read);
  }));
  const parts: ContextPartsReply['parts'] = {};
  for (const o of outcomes) {
    parts[o.part as P] = (o.ok ? { value: o.result } : { error: errorBodyOf(o.error) }) satisfies ContextPartReply;
  }
  return auditedParts(outcomes, { patientId, parts });
}
