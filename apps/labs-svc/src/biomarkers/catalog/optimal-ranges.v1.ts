import type { BiomarkerOptimalDto } from '@pg/contracts';

/*
 * Optimal ranges, version 1: per biomarker, the bounds a longevity clinic works to inside the lab's normal range, by
 * sex at birth where they differ. Every entry names its source (SOURCES below, listed in docs/labs.md); where the
 * number is the clinic's reading of a source rather than a number the source prints as "optimal", `policy` says so.
 * Written by hand from the sources — nothing here is computed — and frozen like the catalog: a change is a new module.
 *
 * Bounds: `atLeast` is inclusive, `below` exclusive, `atMost` inclusive, each in `unit` (UCUM). A result is converted
 * into that unit (UCUM, with the catalog's molar mass) before it is compared; when it does not convert, it is not
 * rated against these bounds. Alternatives in other units (Lp(a) in mg/dL) are tried in order.
 */

export interface OptimalBounds {
  unit: string;
  atLeast?: number;
  below?: number;
  atMost?: number;
}

export interface OptimalRangeEntry {
  /** The catalog key (v1, or catalog v2's keys of shared-contracts.md). */
  key: string;
  /** For every patient, or by sex at birth; an entry with `male`/`female` only rates no one else. */
  all?: readonly OptimalBounds[];
  male?: readonly OptimalBounds[];
  female?: readonly OptimalBounds[];
  /** A key of SOURCES. */
  source: keyof typeof SOURCES;
  /** Set when the bounds are the clinic's choice within what the source says (and what the choice is). */
  policy?: string;
}

/** Published sources, cited in docs/labs.md ("Optimal ranges and status"). */
export const SOURCES = {
  'ada-2024': 'American Diabetes Association. Standards of Care in Diabetes—2024, §2 Diagnosis and Classification and §6 Glycemic Goals and Hypoglycemia. Diabetes Care 2024;47(Suppl 1).',
  'ncep-atp3-2002': 'National Cholesterol Education Program, Adult Treatment Panel III, Final Report. Circulation 2002;106:3143–3421 (Table II.2-1: LDL <100 "optimal", total <200 "desirable", HDL ≥60 "high"; non-HDL goal = LDL goal + 30 mg/dL).',
  'aha-tg-2011': 'Miller M, et al. Triglycerides and Cardiovascular Disease: A Scientific Statement From the American Heart Association. Circulation 2011;123:2292–2333 (optimal fasting triglycerides <100 mg/dL).',
  'aha-cdc-crp-2003': 'Pearson TA, et al. Markers of Inflammation and Cardiovascular Disease: AHA/CDC Scientific Statement. Circulation 2003;107:499–511 (hs-CRP <1.0 mg/L low risk, 1.0–3.0 average, >3.0 high).',
  'eas-lpa-2022': 'Kronenberg F, et al. Lipoprotein(a) in atherosclerotic cardiovascular disease and aortic stenosis: a European Atherosclerosis Society consensus statement. Eur Heart J 2022;43:3925–3946 (<75 nmol/L, <30 mg/dL: risk ruled out).',
  'esc-eas-2019': 'Mach F, et al. 2019 ESC/EAS Guidelines for the management of dyslipidaemias. Eur Heart J 2020;41:111–188 (ApoB goals <100 mg/dL moderate, <80 high, <65 very high risk).',
  'kdigo-2012': 'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int Suppl 2013;3:1–150 (GFR category G1: ≥90 mL/min/1.73 m²).',
  'acg-2017': 'Kwo PY, Cohen SM, Lim JK. ACG Clinical Guideline: Evaluation of Abnormal Liver Chemistries. Am J Gastroenterol 2017;112:18–35 (a true healthy normal ALT is 29–33 IU/L for males, 19–25 IU/L for females).',
  'endo-vitd-2011': 'Holick MF, et al. Evaluation, Treatment, and Prevention of Vitamin D Deficiency: an Endocrine Society Clinical Practice Guideline. J Clin Endocrinol Metab 2011;96:1911–1930 (sufficiency ≥30 ng/mL; preferred range 40–60 ng/mL).',
  'nacb-thyroid-2003': 'Baloch Z, et al. Laboratory Medicine Practice Guidelines: Laboratory Support for the Diagnosis and Monitoring of Thyroid Disease (NACB). Thyroid 2003;13:3–126 (over 95% of rigorously screened euthyroid volunteers have a serum TSH below 2.5 mIU/L).',
  'endo-testosterone-2018': 'Bhasin S, et al. Testosterone Therapy in Men With Hypogonadism: An Endocrine Society Clinical Practice Guideline. J Clin Endocrinol Metab 2018;103:1715–1744 (treatment aims at the mid-normal range; harmonized reference range 264–916 ng/dL, Travison TG, et al. J Clin Endocrinol Metab 2017;102:1161–1173).',
} as const;

export const OPTIMAL_RANGES_V1: readonly OptimalRangeEntry[] = [
  { key: 'glucose', all: [{ unit: 'mg/dL', atLeast: 70, below: 100 }], source: 'ada-2024', policy: 'fasting plasma glucose below the ADA prediabetes threshold (100 mg/dL) and not below the level 1 hypoglycemia threshold (70 mg/dL)' },
  { key: 'hemoglobin-a1c', all: [{ unit: '%', below: 5.7 }], source: 'ada-2024' },
  { key: 'ldl-cholesterol', all: [{ unit: 'mg/dL', below: 100 }], source: 'ncep-atp3-2002' },
  { key: 'total-cholesterol', all: [{ unit: 'mg/dL', below: 200 }], source: 'ncep-atp3-2002' },
  { key: 'hdl-cholesterol', all: [{ unit: 'mg/dL', atLeast: 60 }], source: 'ncep-atp3-2002' },
  { key: 'non-hdl-cholesterol', all: [{ unit: 'mg/dL', below: 130 }], source: 'ncep-atp3-2002', policy: 'the non-HDL goal that goes with the optimal LDL (100 + 30 mg/dL)' },
  { key: 'triglycerides', all: [{ unit: 'mg/dL', below: 100 }], source: 'aha-tg-2011' },
  { key: 'hs-crp', all: [{ unit: 'mg/L', below: 1 }], source: 'aha-cdc-crp-2003' },
  { key: 'lipoprotein-a', all: [{ unit: 'nmol/L', below: 75 }, { unit: 'mg/dL', below: 30 }], source: 'eas-lpa-2022' },
  { key: 'apolipoprotein-b', all: [{ unit: 'mg/dL', below: 80 }], source: 'esc-eas-2019', policy: 'the goal the guideline sets for high-risk patients (<80 mg/dL), applied to everyone' },
  { key: 'egfr', all: [{ unit: 'mL/min/{1.73_m2}', atLeast: 90 }], source: 'kdigo-2012' },
  { key: 'alanine-aminotransferase', male: [{ unit: 'U/L', atMost: 33 }], female: [{ unit: 'U/L', atMost: 25 }], source: 'acg-2017' },
  { key: 'vitamin-d', all: [{ unit: 'ng/mL', atLeast: 40, atMost: 60 }], source: 'endo-vitd-2011', policy: 'the 2011 guideline\'s preferred range; its 2024 update no longer endorses a target level' },
  { key: 'thyroid-stimulating-hormone', all: [{ unit: 'm[IU]/L', atMost: 2.5 }], source: 'nacb-thyroid-2003', policy: 'the upper bound the NACB observed in screened euthyroid volunteers; the lower bound is the lab\'s' },
  { key: 'testosterone', male: [{ unit: 'ng/dL', atLeast: 400, atMost: 700 }], source: 'endo-testosterone-2018', policy: 'the clinic\'s reading of "mid-normal" of the harmonized range 264–916 ng/dL; no optimal range for women' },
];

/** The entry of a catalog key as the catalog endpoint shows it, with its citation; null when there is none. */
export function optimalOf(key: string): BiomarkerOptimalDto | null {
  const e = OPTIMAL_RANGES_V1.find((x) => x.key === key);
  if (!e) return null;
  const copy = (b?: readonly OptimalBounds[]) => (b ? b.map((x) => ({ ...x })) : undefined);
  return {
    ...(e.all ? { all: copy(e.all) } : {}),
    ...(e.male ? { male: copy(e.male) } : {}),
    ...(e.female ? { female: copy(e.female) } : {}),
    source: e.source,
    citation: SOURCES[e.source],
    ...(e.policy ? { policy: e.policy } : {}),
  };
}
