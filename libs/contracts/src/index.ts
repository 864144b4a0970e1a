// The DTOs' decorators (class-transformer, class-validator) need the metadata polyfill loaded first.
import 'reflect-metadata';
export * from './errors.js';
export * from './actor.js';
export * from './page.js';
export * from './patterns.js';
export * from './events.js';
export * from './validators.js';
export * from './query-fields.js';
export * from './profiles/patient.dto.js';
export * from './identity/principal.dto.js';
export * from './audit/audit-event.js';
export * from './validation.js';
export * from './labs/index.js';
export * from './treatments/protocol.dto.js';
export * from './treatments/protocol.events.js';
