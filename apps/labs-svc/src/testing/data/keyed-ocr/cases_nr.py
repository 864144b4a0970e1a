"""NR: photographed or scanned documents with no result."""

CASES = [
dict(id="NR01", code=("NR", "CH"), rows="-", lines=[
    "LABORATORY REQUISITION          Acct 10442-7   NPI 1689 55 2047",
    "Patient: D0E, Alex   DOB 03/1l/1979   Fasting: [X] Yes [ ] No (12 h)",
    "[X] Lipid Panel   [ ] CMP   [X] Hemog1obin A1c   [ ] TSH w/ Reflex",
    "[X] Vitamin D, 25-OH   [ ] PSA   [X] Ferritin",
    "Dx: E78.5  R73.03     Last A1c 5.9 (per pt)",
    "Physician signature: ~~/\\/~  Date 08/19/25",
], why="NR: a photographed requisition: ticked boxes, ICD-10 codes (E78.5, R73.03), account and NPI numbers, a "
       "fasting instruction and a patient-reported previous A1c 5.9 in the clinical note; nothing was measured on "
       "this specimen, so no row"),

dict(id="NR02", code=("NR",), rows="-", lines=[
    "NORTHGATE  PATHOLOGY  COLLECTION  CENTRE",
    "APPOINTMENT   Tue 14 Oct   08:30   Room 12",
    "Fasting blood test: nothing to eat after 20:30, water only.",
    "Tests: FBC, LFT, Lipids, HbA1c, Iron studies",
    "Bring this card and your request form.  Ph 03 9555 0142",
], why="NR: an appointment card: date, time, room, a fasting instruction and the names of the ordered tests with no "
       "values; no row"),

dict(id="NR03", code=("NR", "BR"), rows="-", lines=[
    "RESULTS FORM (to be completed by laboratory)",
    "| Test         | Result  | Units   | Reference   |",
    "| Hemoglobin   | ______  | g/dL    | 13.5-17.5   |",
    "| Glucose      | ______  | mg/dL   | 70-99       |",
    "| TSH          | ______  | uIU/mL  | 0.45-4.50   |",
    "| Ferritin     | ______  | ng/mL   | 30-400      |",
], why="NR: a blank results form photographed before completion: the reference column is printed but every result "
       "cell is an empty underscore line; ranges with no value are no rows"),

dict(id="NR04", code=("NR", "SP"), rows="-", lines=[
    "CITYCARE DIAGNOSTICS  TAX INVOICE / RECEIPT  No. 88213",
    "Date 02/07/2025 10:14  Cashier 07",
    "CBC 350.00",
    "Lipid Profile 600.00",
    "Vitamin D 25-OH 1400.00",
    "HbA1c 450.00",
    "Home collection 100.00 TOTAL 2900.00 Paid UPI Ref 5120 4471 9086",
], why="NR: a receipt with columns collapsed: test names followed by prices, a total and a payment reference; the "
       "numbers are money, not results; no row"),

dict(id="NR05", code=("NR", "NO"), rows="-", lines=[
    "||| ||| || |||| 7 310244 90817 3",
    "SPECIMEN LABEL  SST 5 mL x2  EDTA 4 mL x1",
    "Centrifuge 10 min at 3000 rpm within 2 h.  Store 2-8 C.",
    "Coll 07:48  Init: KP    Tube 2/3",
    "~ . ,, ' ;",
], why="NR: a photographed tube label and handling instructions with a barcode read as digits: volumes, a "
       "centrifuge speed, a storage temperature range (2-8 C) and times are no results; no row"),
]
