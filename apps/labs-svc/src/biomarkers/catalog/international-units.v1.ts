/*
 * International units, version 1 (iustd): for the hormones laboratories report either by mass or in international units
 * of a WHO International Standard, how many grams one international unit is — so that a UK or European laboratory's
 * prolactin in mIU/L and a US laboratory's in ng/mL are one series in trends, report comparisons and the assistant's
 * latest results. Written by hand from the standards' stated contents; frozen like the catalog (a change is a new
 * module). A result is still stored as printed; only its normalized value uses this.
 *
 *   prolactin        WHO 3rd International Standard 84/500, to which current prolactin immunoassays are calibrated:
 *                    1 ng/mL = 21.2 mIU/L (1 IU = 47.17 µg). The UK's mIU/L results and the US's ng/mL are read with
 *                    it by the laboratories themselves (prolactinemia.com "Levels and units"; labtests.co.in's converter:
 *                    "assay-specific, but for most modern assays 1 ng/mL ≈ 21.2 mIU/L").
 *   growth-hormone   WHO 2nd International Standard 98/574 (recombinant 22 kDa hGH): 1 mg = 3.0 IU, so 1 ng/mL =
 *                    3.0 mIU/L (1 IU = 333 µg). Results from before 98/574 (IS 80/505, 1 ng/mL = 2.6 mIU/L) differ by
 *                    about 13 %.
 *
 * Not here:
 *   insulin          two factors are in use for µIU/mL ↔ pmol/L: 6.00 pmol per µIU (the standard's activity, 166.8 × 10⁶
 *                    IU/mol; Knopp et al., J Diabetes Sci Technol 2019;13:597–600) and 6.945, which some assays print
 *                    with (Roche's Cobas, Clin Biochem 2017;50:408–413). A series joined with the wrong one moves by 15 %
 *                    with nothing changed in the patient, so pmol/L and µIU/mL results stay apart (unit-not-convertible).
 *   lipoprotein-a    mg/dL ↔ nmol/L has no single factor (apolipoprotein(a) isoforms differ in mass).
 */
import { ownEntry } from '../../lab-reports/parsing/memo.js';

export interface InternationalStandard {
  /** Grams of the analyte one international unit is. */
  gramsPerIu: number;
  /** The standard, as a reader of a converted result is told. */
  standard: string;
}

export const INTERNATIONAL_UNITS_V1: Readonly<Record<string, InternationalStandard>> = {
  prolactin: { gramsPerIu: 1e-6 / 0.0212, standard: 'WHO IS 84/500: 1 ng/mL = 21.2 mIU/L' },
  'growth-hormone': { gramsPerIu: 1e-6 / 0.003, standard: 'WHO IS 98/574: 1 ng/mL = 3.0 mIU/L' },
};

/** The International Standard of a catalog key, if its results are converted through one. */
export function internationalStandardOf(key: string | null | undefined): InternationalStandard | undefined {
  return key ? ownEntry(INTERNATIONAL_UNITS_V1, key) : undefined;
}
