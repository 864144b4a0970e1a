"""NR: documents from these countries with no result (request forms, a booking invoice, a pending report, an
appointment letter) and one partial report (only the completed rows)."""
from gen_cases import *

CASES = [
 {"id": "NR01", "lines": [
   "ICE ORDER COMMS - BLOOD SCIENCES REQUEST        Order No: ICE-25-4471180     Priority: Routine",
   "Patient: FENWICK, Marcus   DOB 17/02/1976   NHS No: 612 448 9031   Requested by: Dr S Okafor",
   "Tests requested: FBC, U&E, LFT, Lipid profile, HbA1c, TFT, Ferritin, Vitamin D, PSA, Testosterone, SHBG",
   "Clinical details: On testosterone gel 50 mg daily for 6 months. Last HbA1c 44 mmol/mol (2024).",
   "Haematocrit 0.52 at last check - please review. Fasting sample.",
   "Specimens: 1 x EDTA (lavender), 2 x SST (gold), 1 x Fluoride (grey)   Bag label: BS-0098124"],
  "rows": "-",
  "why": "an NHS electronic request (ICE): test names, clinical details and tube list, no result; the HbA1c 44, "
         "haematocrit 0.52, the gel dose and months are the requester's history and treatment, not results of this "
         "report"},
 {"id": "NR02", "lines": [
   "SOUTHERN CROSS PATHOLOGY - PATHOLOGY REQUEST      Request No: 25-339018   BULK BILL",
   "Patient: NGUYEN, Thomas   DOB 04/05/1970   Medicare No: 2951 44871 2 / 1   Sex: M",
   "Tests: FBE, E/LFT, Fasting lipids, HbA1c, TSH, Iron studies, Vit D, PSA",
   "Medicare items: 65070  66512  66536  66551  66719  66596  66833  66656",
   "Clinical notes: Annual longevity review. Prev. urate 0.46. Fast 10-12 h.",
   "Requesting practitioner: Dr J Kerr   Provider No: 2418831T   Date: 22/07/2025   Copy to: Patient"],
  "rows": "-",
  "why": "an Australian pathology request slip: Medicare item numbers, provider number, the previous urate and the "
         "fasting hours are no results"},
 {"id": "NR03", "lines": [
   "ONTARIO LABORATORY REQUISITION    Clinician: Dr P. Tremblay (CPSO 81447)    OHIP insured: [X]",
   "Patient: OKONKWO, Adaeze   HCN: 4471 228 903 BF   DOB: 1981-03-02   Sex: F",
   "Biochemistry: [X] Glucose - Fasting  [X] Hemoglobin A1C  [X] Lipid Assessment  [X] ALT  [ ] Albumin",
   "Hematology:  [X] CBC   [ ] Prothrombin Time (INR)     Immunology: [ ] Mono test",
   "Other tests: Ferritin, Vitamin B12, TSH, Estradiol, FSH   (Vitamin D uninsured - patient pays $51.15)",
   "Specimen collection: Time ____  Date ____   Fasting: [X] 12 h"],
  "rows": "-",
  "why": "a Canadian requisition: check boxes, CPSO number, the uninsured test's price and fasting hours; nothing "
         "resulted"},
 {"id": "NR04", "lines": [
   "BOOKING CONFIRMED - Order ID: TC25HB0771402     Home Collection: 09 Jun 2025, 07:00-08:00 AM",
   "Beneficiary: MRS SUNITA RAO (52/F)   Mobile: +91 98XXXXXX21   Pincode: 560034",
   "Package: Aarogyam C (63 tests incl. Lipid profile, Thyroid profile, HbA1c, Vitamin D, B12)  Rs. 1,499",
   "Add-on: Testosterone  Rs. 399     Home collection charges: Rs. 0     Total paid: Rs. 1,898",
   "Preparation: 10-12 hrs overnight fasting. Water allowed. Report in 48 hrs on registered e-mail."],
  "rows": "-",
  "why": "an Indian home-collection booking and invoice: prices, test counts, PIN code, slot times and fasting hours "
         "are no results"},
 {"id": "NR05", "lines": [
   "Hormone Panel - Preliminary result                                    Riverbend Health System",
   *table([["Component", "Value", "Ref Range & Units", "Flag"],
           ["Testosterone, Total, LC/MS", "Pending", "264 - 916 ng/dL", ""],
           ["Testosterone, Free", "In process", "46.0 - 224.0 pg/mL", ""],
           ["IGF-1", "Result to follow", "63 - 224 ng/mL", ""],
           ["Vitamin D, 25-Hydroxy", "TNP", "30 - 100 ng/mL", ""]]),
   "Comment: Vitamin D test not performed - specimen hemolyzed. Please recollect.",
   "Specimen Collected: 05/02/25  7:48 AM   Resulting Agency: RIVERBEND REFERENCE LAB (send-out)"],
  "rows": "-",
  "why": "an Epic preliminary result where every test is Pending, In process, Result to follow or TNP: no value, so "
         "no rows, although each line prints a reference range"},
 {"id": "NR06", "lines": [
   "MERLION HEALTH SCREENING CENTRE - APPOINTMENT CONFIRMATION     Ref: HSC-25-118907",
   "Dear Mr Tan Wei Ming, your Executive Screening is on 18 June 2025 at 8:15 am (Level 3, Orchard).",
   "Includes: FBC, Fasting glucose, HbA1c, Lipid panel, Renal panel, Liver panel, TSH, Vitamin D, PSA",
   "Please fast for 10 hours (water allowed). Bring your NRIC and previous reports (e.g. HbA1c 6.2%).",
   "Package price S$688.00 (incl. 9% GST). Results available in 3 working days via HealthHub."],
  "rows": "-",
  "why": "a Singapore appointment letter: the previous HbA1c mentioned as something to bring, the price, GST and "
         "fasting hours are no results"},
 {"id": "NR07", "lines": [
   "AL NOOR SPECIALTY HOSPITAL - DUBAI     PARTIAL REPORT (some results pending)     Episode: OP25-129904",
   "Patient: AL MANSOORI, Fatima   MRN: 00-448-1902   F / 41 Y   Collected: 14-Apr-2025 08:20",
   *table([["Test", "Result", "Flag", "Units", "Reference Range"],
           ["TSH", "1.62", "", "uIU/mL", "0.27 - 4.20"],
           ["Ferritin", "58.3", "", "ng/mL", "13 - 150"],
           ["Vitamin D, 25-OH Total", "Pending", "", "ng/mL", "30 - 100"],
           ["Hemoglobin A1c", "5.4", "", "%", "4.0 - 5.6"],
           ["Testosterone, Free", "Sent to referral laboratory", "", "pg/mL", "0.0 - 4.2"]]),
   "A final report will be issued when all results are available."],
  "rows": [R("thyroid-stimulating-hormone", "1.62", "uIU/mL", "m[IU]/L", rng="0.27..4.20"),
           R("ferritin", "58.3", "ng/mL", "ng/mL", rng="13..150"),
           R("hemoglobin-a1c", "5.4", "%", "%", rng="4.0..5.6")],
  "why": "a partial report: only the completed results are rows; vitamin D (Pending) and free testosterone (sent "
         "to a referral laboratory) have no value and give no rows, though their ranges are printed"},
]
