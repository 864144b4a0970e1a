export * from './lab-result.dto.js';
export * from './lab-report.dto.js';
export * from './biomarker.dto.js';
export * from './labs.events.js';
export * from './lab-clinic.dto.js';
export * from './wearable.dto.js';
export * from './wearable-connection.dto.js';
