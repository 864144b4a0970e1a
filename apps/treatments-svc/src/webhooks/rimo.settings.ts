import type { RimoSettings } from '@pg/config';

/** The Rimo settings of this treatments-svc (libs/config loadRimoSettings). */
export const RIMO_SETTINGS = Symbol('RIMO_SETTINGS');
export type { RimoSettings };
