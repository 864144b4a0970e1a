/*
 * Unit equations, version 1: analytes whose two usual units are two standardizations, related by an equation rather
 * than by a factor UCUM knows. Frozen like the catalog; a change is a new module.
 *
 *   hemoglobin-a1c   IFCC mmol/mol ↔ NGSP (DCCT-aligned) %: the IFCC–NGSP master equation, NGSP % = 0.09148 × IFCC
 *                    + 2.152 (Hoelzel et al., Clin Chem 2004;50:166–174; the equation laboratories and NGSP's converter
 *                    print both units with). 48 mmol/mol, the diagnostic threshold, is 6.5 %. UCUM reads mmol/mol as a
 *                    ratio a tenth of a per cent and made it 4.8 % — a diabetic result shown normal in trends (review
 *                    cr28).
 */
import { ownEntry } from '../../lab-reports/parsing/memo.js';

export interface UnitEquation {
  /** The unit `slope × value + intercept` converts from (UCUM). */
  from: string;
  /** …and into (UCUM). */
  to: string;
  slope: number;
  intercept: number;
  /** The equation, as a reader of a converted result is told. */
  name: string;
  /** The units read as either side: `from`'s and `to`'s own, and other spellings UCUM converts into them. */
  sides: Readonly<Record<string, 'from' | 'to'>>;
}

export const UNIT_EQUATIONS_V1: Readonly<Record<string, UnitEquation>> = {
  'hemoglobin-a1c': {
    from: 'mmol/mol', to: '%', slope: 0.09148, intercept: 2.152, name: 'the IFCC–NGSP master equation: % = 0.09148 × mmol/mol + 2.152',
    // (review cr29) `0.048 mol/mol` is the IFCC's 48 mmol/mol; a fraction (`0.065`) the NGSP's 6.5 %. Per mille is
    // neither (no laboratory prints HbA1c so): no conversion.
    sides: { 'mmol/mol': 'from', 'mol/mol': 'from', '%': 'to', '1': 'to' },
  },
};

/** The unit equation of a catalog key, if its results are converted by one. */
export function unitEquationOf(key: string | null | undefined): UnitEquation | undefined {
  return key ? ownEntry(UNIT_EQUATIONS_V1, key) : undefined;
}
