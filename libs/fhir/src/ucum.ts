import { createRequire } from 'node:module';

/**
 * UCUM (FHIR's unit system, SYSTEMS.ucum) through @lhncbc/ucum-lhc, for every service that reads or checks a unit.
 *
 * ucum-lhc writes a unit string it fails to parse to the console ("Unit requested for unit string <the string>
 * .request unsuccessful …", ucumLhcUtils.js getSpecifiedUnit) for any string its parser throws on: `this.getValue()`,
 * `[View]()`, a name with brackets. The strings asked about come from a patient's uploaded report or a clinician's
 * form, so that line would put their text in the service's log. Every call goes through `quietly`, which holds the
 * console for the call's synchronous duration only.
 */

interface UcumUtils {
  validateUnitString(unit: string, suggest?: boolean): { status: 'valid' | 'invalid' | 'error'; ucumCode: string | null };
  convertUnitTo(from: string, value: number, to: string, options?: { molecularWeight?: number; charge?: number }): {
    status: 'succeeded' | 'failed' | 'error';
    toVal: number | null;
  };
  getSpecifiedUnit(unit: string, mode: 'validate' | 'convert'): { unit?: { isArbitrary_?: boolean } | null };
}

// @lhncbc/ucum-lhc is CommonJS without types: loaded through require, typed by the interface above.
const require = createRequire(import.meta.url);
const ucum = (require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } }).UcumLhcUtils.getInstance();

/** `call` with console.log silenced (the only console method ucum-lhc writes a caller's string to), restored after. */
function quietly<T>(call: () => T): T {
  const log = console.log;
  console.log = () => undefined;
  try {
    return call();
  } finally {
    console.log = log;
  }
}

/**
 * A word of every object (`constructor`, `__proto__`, `toString`): ucum-lhc looks units up in plain objects and calls
 * each of them a valid unit, its own code.
 */
function isObjectWord(unit: string): boolean {
  return unit in Object.prototype;
}

/** A string ucum-lhc is not asked about: empty, with a space (no UCUM unit has one; its parser would only fail), or an object's word. */
function notAskable(unit: string): boolean {
  return !unit || /\s/.test(unit) || isObjectWord(unit);
}

/** The UCUM code of `unit` as ucum-lhc normalises it (`mg/dL`, `10*9/L`, `[IU]/L`), or null when UCUM does not know it. */
export function ucumCode(unit: string): string | null {
  if (notAskable(unit)) return null;
  try {
    const v = quietly(() => ucum.validateUnitString(unit, false));
    return v.status === 'valid' && v.ucumCode ? v.ucumCode : null;
  } catch {
    return null;
  }
}

/**
 * `value` in UCUM `from` expressed in UCUM `to`, with a molecular weight for mass ↔ substance and a charge for
 * equivalents; null when ucum-lhc cannot convert (different dimensions, an unknown unit) or the result is not finite.
 */
export function convertUcum(value: number, from: string, to: string, options: { molecularWeight?: number; charge?: number } = {}): number | null {
  try {
    const r = quietly(() => ucum.convertUnitTo(from, value, to, options));
    return r.status === 'succeeded' && typeof r.toVal === 'number' && Number.isFinite(r.toVal) ? r.toVal : null;
  } catch {
    return null;
  }
}

/**
 * Whether UCUM marks the unit arbitrary (`[IU]`, `[arb'U]`, `m[IU]/mL`): a unit ucum-lhc converts to nothing, not
 * even itself with another prefix. A bracketed unit is not always one: `mm[Hg]`, `cm[H2O]`, `[pH]`, `[in_i]` are not.
 * False for a string UCUM does not read.
 */
export function isArbitraryUcum(unit: string): boolean {
  if (notAskable(unit)) return false;
  try {
    return quietly(() => ucum.getSpecifiedUnit(unit, 'validate').unit?.isArbitrary_ === true);
  } catch {
    return false;
  }
}
