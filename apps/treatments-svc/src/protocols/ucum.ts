import { createRequire } from 'node:module';

interface UcumUtils {
  validateUnitString(unit: string, suggest?: boolean): { status: 'valid' | 'invalid' | 'error'; ucumCode: string | null };
}

// @lhncbc/ucum-lhc is CommonJS without types: loaded through require, typed by the interface above.
const require = createRequire(import.meta.url);
const ucum = (require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } }).UcumLhcUtils.getInstance();

/** The UCUM code of a dose unit (`mg`, `mL`, `[iU]`, `{capsule}`), or null when UCUM does not know it. */
export function ucumCode(unit: string): string | null {
  // ucum-lhc logs to the console on spaces; a unit with a space is not UCUM anyway (the DTO refuses it too).
  if (/\s/.test(unit)) return null;
  try {
    const v = ucum.validateUnitString(unit, false);
    return v.status === 'valid' && v.ucumCode ? v.ucumCode : null;
  } catch {
    return null;
  }
}
