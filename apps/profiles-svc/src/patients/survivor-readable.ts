import { decide, defineAbilityFor } from '@pg/access';
import type { ActorContext } from '@pg/contracts';

/**
 * Whether `actor` may read the patient a merged one was merged into: only then does a merged patient's 404 name it
 * (`details: [{ mergedInto }]`, RBAC.md), on the patient route and on every sub-route (PatientRepository.requireLive).
 */
export const survivorReadableBy = (actor: ActorContext) => (survivorId: string): boolean =>
  // Built only when a merged patient is met (rare): not on every sub-route request.
  decide(defineAbilityFor(actor), 'read', 'Patient', survivorId) === 'allow';
