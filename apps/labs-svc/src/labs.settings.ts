/** The provider token of labs-svc's own settings (`LabsSettings` from libs/config). */
export const LABS_SETTINGS = Symbol('LABS_SETTINGS');

/** The provider token of labs-svc's vendor connection and sync settings (`WearableSyncSettings` from libs/config). */
export const WEARABLE_SYNC_SETTINGS = Symbol('WEARABLE_SYNC_SETTINGS');
