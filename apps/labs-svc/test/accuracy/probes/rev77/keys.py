# Hand-written keys for probe set rev77 (written before the reader ran; see REPORT.md).
# R(biomarker, value, unit, (low, high, text) or None, flag, valueText)
import json
def R(b, v, u, rng, flag, vt=None):
    row = {"biomarker": b, "value": v}
    if vt is not None: row["valueText"] = vt
    row["unit"] = u
    r = {}
    if rng:
        lo, hi, tx = rng
        if lo is not None: r["low"] = lo
        if hi is not None: r["high"] = hi
        if tx is not None: r["text"] = tx
    row["range"] = r
    row["flag"] = flag
    return row
N, H, L, A = "normal", "high", "low", "abnormal"
GFR = "mL/min/{1.73_m2}"
K = {}
K["uk_systmone_gp_test_request_square_bracket_ranges.txt"] = [
 R("sodium", 139, "mmol/L", (133, 146, "133.0 - 146.0"), N),
 R("potassium", 5.4, "mmol/L", (3.5, 5.3, "3.5 - 5.3"), H),
 R("urea", 6.1, "mmol/L", (2.5, 7.8, "2.5 - 7.8"), N),
 R("creatinine", 104, "umol/L", (59, 104, "59.0 - 104.0"), N),
 R("egfr", 71, GFR, (60, None, ">60"), N),
 R("alanine-aminotransferase", 48, "U/L", (0, 41, "0.0 - 41.0"), H),
 R("alkaline-phosphatase", 88, "U/L", (30, 130, "30.0 - 130.0"), N),
 R("total-bilirubin", 9, "umol/L", (0, 21, "0.0 - 21.0"), N),
 R("hemoglobin-a1c", 44, "mmol/mol", (20, 41, "20.0 - 41.0"), H),
 R("thyroid-stimulating-hormone", 2.31, "m[IU]/L", (0.27, 4.2, "0.27 - 4.2"), N),
 R("free-t4", 15.8, "pmol/L", (12, 22, "12.0 - 22.0"), N),
 R("ferritin", 212, "ug/L", (30, 400, "30.0 - 400.0"), N),
]
K["uk_emis_web_investigations_dated_journal_round_ranges.txt"] = [
 # (amended, mend14) the journal's older dated rows are rows, each at its own date
 R("hemoglobin", 124, "g/L", (115, 165, "115 - 165"), N),
 R("white-blood-cell-count", 4.4, "10*9/L", (4, 11, "4 - 11"), N),
 R("hemoglobin", 118, "g/L", (115, 165, "115 - 165"), N),
 R("white-blood-cell-count", 3.6, "10*9/L", (4, 11, "4 - 11"), L),
 R("platelet-count", 287, "10*9/L", (150, 450, "150 - 450"), N),
 R("red-blood-cell-count", 4.02, "10*12/L", (3.8, 5.8, "3.8 - 5.8"), N),
 R("hematocrit", 0.36, "L/L", (0.37, 0.47, "0.37 - 0.47"), L),
 R("mean-corpuscular-volume", 89.6, "fL", (80, 100, "80 - 100"), N),
 R("neutrophils-absolute", 1.8, "10*9/L", (2, 7.5, "2 - 7.5"), L),
 R("total-cholesterol", 6.4, "mmol/L", None, None),
 R("hdl-cholesterol", 1.72, "mmol/L", None, None),
 R("triglycerides", 1.1, "mmol/L", (0, 1.7, "0 - 1.7"), N),
 R("ldl-cholesterol", 4.2, "mmol/L", None, None),
 R("cholesterol-hdl-ratio", 3.7, "{ratio}", None, None),
]
K["au_cumulative_biochemistry_current_column_last.txt"] = [
 R("sodium", 136, "mmol/L", (135, 145, "135-145"), N),
 R("potassium", 5.6, "mmol/L", (3.5, 5.2, "3.5-5.2"), H),
 R("chloride", 99, "mmol/L", (95, 110, "95-110"), N),
 R("carbon-dioxide", 21, "mmol/L", (22, 32, "22-32"), L),
 R("anion-gap", 21, "mmol/L", (4, 17, "4-17"), H),
 R("glucose", 5.1, "mmol/L", (3.0, 5.4, "3.0-5.4"), N),
 R("urea", 9.9, "mmol/L", (2.9, 8.2, "2.9-8.2"), H),
 R("creatinine", 128, "umol/L", (60, 110, "60-110"), H),
 R("egfr", 57, GFR, (59, None, ">59"), L),
 R("uric-acid", 0.46, "mmol/L", (0.2, 0.42, "0.20-0.42"), H),
 R("calcium", 2.36, "mmol/L", (2.1, 2.6, "2.10-2.60"), N),
 R("albumin", 40, "g/L", (35, 50, "35-50"), N),
]
K["au_tumour_markers_hormones_cumulative_current_first.txt"] = [
 R("prostate-specific-antigen", 4.9, "ug/L", (None, 4.0, "<4.0"), H),
 R("prostate-specific-antigen-free", 0.62, "ug/L", None, None),
 R("prostate-specific-antigen-free-percent", 13, "%", (25, None, ">25"), L),
 R("carcinoembryonic-antigen", 2.1, "ug/L", (None, 5.0, "<5.0"), N),
 R("cancer-antigen-19-9", 41, "kU/L", (None, 37, "<37"), H),
 R("?AFP", 3.2, "kU/L", (None, 10, "<10"), N),
 R("testosterone", 14.6, "nmol/L", (10, 33, "10.0-33.0"), N),
 R("shbg", 38, "nmol/L", (15, 50, "15-50"), N),
 R("testosterone-free", 312, "pmol/L", (200, 620, "200-620"), N),
 R("luteinizing-hormone", 0.4, "[IU]/L", (1.0, 9.0, "1.0-9.0"), L),
 R("follicle-stimulating-hormone", 0.3, "[IU]/L", (1.0, 12.0, "1.0-12.0"), L),
 R("estradiol", 128, "pmol/L", (None, 150, "<150"), N),
]
K["ca_lifelabs_portal_copy_tabbed_results.txt"] = [
 R("glucose", 5.8, "mmol/L", (3.6, 5.4, "3.6 - 5.4"), H),
 R("hemoglobin-a1c", 5.9, "%", (None, 6.0, "<6.0"), N),
 R("creatinine", 68, "umol/L", (50, 100, "50 - 100"), N),
 R("ferritin", 24, "ug/L", (26, 388, "26 - 388"), L),
 R("thyroid-stimulating-hormone", 3.12, "m[IU]/L", (0.32, 4.0, "0.32 - 4.00"), N),
 R("total-cholesterol", 6.12, "mmol/L", None, None),
 R("triglycerides", 1.34, "mmol/L", (None, 1.7, "<1.70"), N),
 R("hdl-cholesterol", 1.58, "mmol/L", (1.29, None, ">1.29"), N),
 R("ldl-cholesterol", 3.93, "mmol/L", (None, 3.5, "<3.50"), H),
 R("non-hdl-cholesterol", 4.54, "mmol/L", (None, 4.2, "<4.20"), H),
 R("apolipoprotein-b", 1.18, "g/L", (None, 1.05, "<1.05"), H),
 R("microalbumin-creatinine-ratio", 1.4, "mg/mmol", (None, 2.0, "<2.0"), N),
]
K["ie_hospital_blood_gas_analyser_print_kpa.txt"] = [
 R("ph-arterial", 7.312, "[pH]", (7.35, 7.45, "7.350 - 7.450"), L),
 R("carbon-dioxide-partial-pressure", 6.91, "kPa", (4.67, 6.0, "4.67 - 6.00"), H),
 R("oxygen-partial-pressure", 9.2, "kPa", (11.0, 14.4, "11.0 - 14.4"), L),
 R("hemoglobin", 13.1, "g/dL", (13.5, 17.5, "13.5 - 17.5"), L),
 R("oxygen-saturation", 93.8, "%", (95.0, 99.0, "95.0 - 99.0"), L),
 R("potassium", 4.1, "mmol/L", (3.5, 5.0, "3.5 - 5.0"), N),
 R("sodium", 137, "mmol/L", (136, 146, "136 - 146"), N),
 R("?cCa2+", 1.12, "mmol/L", (1.15, 1.29, "1.15 - 1.29"), L),
 R("glucose", 7.8, "mmol/L", (3.9, 5.8, "3.9 - 5.8"), H),
 R("lactate", 2.4, "mmol/L", (0.5, 1.6, "0.5 - 1.6"), H),
 R("?cBase(Ecf)c", -3.1, "mmol/L", (-2.0, 3.0, "-2.0 - 3.0"), L),
 R("carbon-dioxide", 21.6, "mmol/L", (22.0, 26.0, "22.0 - 26.0"), L),
]
K["nz_community_lab_coagulation_drug_levels.txt"] = [
 R("prothrombin-time", 24.8, "s", (11, 15, "11-15"), H),
 R("inr", 2.4, "{ratio}", (0.8, 1.2, "0.8-1.2"), H),
 R("partial-thromboplastin-time", 41, "s", (25, 38, "25-38"), H),
 R("?APTT Ratio", 1.3, "{ratio}", (0.8, 1.2, "0.8-1.2"), H),
 R("fibrinogen", 3.6, "g/L", (1.5, 4.0, "1.5-4.0"), N),
 R("d-dimer", 0.27, "mg/L", (None, 0.5, "<0.50"), N, "<0.27"),
 R("?Lithium", 0.92, "mmol/L", (0.4, 1.0, "0.4-1.0"), N),
 R("?Digoxin", 2.3, "nmol/L", (0.6, 1.3, "0.6-1.3"), H),
 R("?Sodium Valproate", 46, "mg/L", (50, 100, "50-100"), L),
 R("?Phenytoin", 12, "mg/L", (10, 20, "10-20"), N),
 R("creatinine", 82, "umol/L", (45, 90, "45-90"), N),
 R("egfr", 64, GFR, (60, None, ">60"), N),
]
K["za_pathology_semen_analysis_who6_lower_limits.txt"] = [
 R("?Volume", 2.1, "mL", (1.4, None, "≥1.4"), N),
 R("?pH", 7.9, "[pH]", (7.2, None, "≥7.2"), N),
 R("?Sperm concentration", 11.5, "10*6/mL", (16, None, "≥16"), L),
 R("?Progressive motility", 26, "%", (30, None, "≥30"), L),
 R("?Non-progressive motility", 12, "%", None, None),
 R("?Total motility", 38, "%", (42, None, "≥42"), L),
 R("?Vitality", 61, "%", (54, None, "≥54"), N),
 R("?Normal forms", 3, "%", (4, None, "≥4"), L),
 R("?Round cells", 1.2, "10*6/mL", None, None),
 R("?Peroxidase positive leucocytes", 0.4, "10*6/mL", (None, 1.0, "<1.0"), N),
]
K["za_lab_allergy_specific_ige_immunocap_classes.txt"] = [
 R("?Total IgE", 412, "kU/L", (None, 100, "<100"), H),
 R("?D. pteronyssinus", 18.6, "kU/L", (None, 0.35, "<0.35"), H),
 R("american-house-dust-mite-ige", 12.4, "kU/L", (None, 0.35, "<0.35"), H),
 R("cat-dander-ige", 2.91, "kU/L", (None, 0.35, "<0.35"), H),
 R("?Bermuda grass", 22.1, "kU/L", (None, 0.35, "<0.35"), H),
 R("egg-white-ige", 0.52, "kU/L", (None, 0.35, "<0.35"), H),
 R("cow-milk-ige", 0.1, "kU/L", (None, 0.35, "<0.35"), N, "<0.10"),
 R("wheat-ige", 0.41, "kU/L", (None, 0.35, "<0.35"), H),
 R("peanut-ige", 0.1, "kU/L", (None, 0.35, "<0.35"), N, "<0.10"),
 R("shrimp-ige", 3.85, "kU/L", (None, 0.35, "<0.35"), H),
 R("latex-ige", 0.1, "kU/L", (None, 0.35, "<0.35"), N, "<0.10"),
]
K["ie_gp_urinalysis_dipstick_microscopy_hpf.txt"] = [
 R("urine-ph", 6.5, "[pH]", (5.0, 8.0, "5.0 - 8.0"), N),
 R("specific-gravity-urine", 1.025, "{ratio}", (1.005, 1.03, "1.005 - 1.030"), N),
 R("protein-urine-presence", None, None, (None, None, "Nil"), A, "+"),
 R("glucose-in-urine", None, None, (None, None, "Nil"), N, "Nil"),
 R("ketones-in-urine", None, None, (None, None, "Nil"), A, "Trace"),
 R("hemoglobin-urine-presence", None, None, (None, None, "Nil"), A, "++"),
 R("nitrite-in-urine", None, None, (None, None, "Negative"), A, "Positive"),
 R("leukocyte-esterase-urine", None, None, (None, None, "Nil"), A, "+++"),
 R("leukocytes-in-urine", 45, "/[HPF]", (0, 5, "0 - 5"), H),
 R("erythrocytes-in-urine", 12, "/[HPF]", (0, 3, "0 - 3"), H),
 R("?Epithelial cells", None, None, None, None, "Few"),
 R("?Bacteria", None, None, None, None, "++"),
]
K["ca_hospital_immunology_serology_titres.txt"] = [
 R("antinuclear-antibody", None, None, (None, None, "<1:80"), H, "1:320"),
 R("?ANA Pattern", None, None, None, None, "Speckled"),
 R("anti-double-stranded-dna-antibody", 14, "[IU]/mL", (None, 27, "<27"), N),
 R("rheumatoid-factor", 10, "[IU]/mL", (None, 14, "<14"), N, "<10"),
 R("cyclic-citrullinated-peptide-antibody", 250, "U/mL", (None, 17, "<17"), H, ">250"),
 R("antistreptolysin-o", 400, "[IU]/mL", (None, 200, "<200"), H),
 R("?Mycoplasma pneumoniae Ab Titre", None, None, (None, None, "<1:40"), H, "1:160"),
 R("cytomegalovirus-igm", None, None, (None, None, "Negative"), N, "Negative"),
 R("epstein-barr-virus-vca-igm", None, None, (None, None, "Negative"), N, "Negative"),
 R("hepatitis-b-surface-antibody", 124, "[IU]/L", (10, None, ">10"), N),
 R("treponema-pallidum-antibody", None, None, (None, None, "Non-reactive"), N, "Non-reactive"),
]
K["ca_hospital_fax_ocr_degraded_two_pages.txt"] = [
 R("sodium", 138, "mmol/L", (135, 145, "135 - 145"), N),
 R("potassium", 4.0, "mmol/L", (3.5, 5.1, "3.5 - 5.l"), N),
 R("creatinine", 104, "umol/L", (50, 95, "5O - 95"), H),
 R("glucose", 9.1, "mmol/L", (3.6, 7.8, "3.6 - 7.8"), H),
 R("troponin-i", 47, "ng/L", (None, 16, "<16"), H),
 R("c-reactive-protein", 12, "mg/L", (None, 8.0, "<8.O"), H),
 R("ph-arterial", 7.29, "[pH]", (7.35, 7.45, "7.35 - 7.45"), L),
 R("carbon-dioxide-partial-pressure", 51, "mm[Hg]", (35, 45, "35 - 45"), H),
 R("oxygen-partial-pressure", 70, "mm[Hg]", (80, 100, "80 - 100"), L),
 R("carbon-dioxide", 24, "mmol/L", (22, 26, "22 - 26"), N),
 R("?Base Excess", -2.4, "mmol/L", (-2, 2, "-2 - 2"), L),
 R("oxygen-saturation", 93.1, "%", (94, None, ">94"), L),
]
total = 0
for f, rows in K.items():
    json.dump({"file": f, "kind": "text", "rows": rows}, open(f.rsplit(".", 1)[0] + ".expected.json", "w"), indent=1, ensure_ascii=False)
    print(f, len(rows)); total += len(rows)
print("files", len(K), "rows", total)
