/** The provider token of labs-svc's own settings (`LabsSettings` from libs/config). */
export const LABS_SETTINGS = Symbol('LABS_SETTINGS');
