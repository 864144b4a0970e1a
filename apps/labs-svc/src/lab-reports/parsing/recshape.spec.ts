import { coded } from '../../testing/reader.js';

/*
 * (recshape) A list of records of one shape whose keys the vocabulary does not know (another language's, a vendor's
 * misspelt or abbreviated ones), and a table kept as arrays of cells without keys: each column's role is taken from
 * the shape of its values across the list (names the catalog knows, numbers, units, ranges, two limits, flags).
 * Made-up data; the expected rows are written from the records, not from the reader's output.
 */

const json = (v: unknown) => JSON.stringify(v, null, 2);

describe('recshape: roles of a list\'s keys from the shape of their values', () => {
  it('Spanish keys with a name key the vocabulary lacks (`estudio`): names, results, units, ranges', () => {
    expect(coded(json({ paciente: 'X', estudios: [
      { estudio: 'Glucosa', resultado: '92', unidad: 'mg/dL', rango: '70 - 100' },
      { estudio: 'Creatinina', resultado: '1.4', unidad: 'mg/dL', rango: '0.6 - 1.2' },
      { estudio: 'Colesterol total', resultado: '186', unidad: 'mg/dL', rango: '0 - 200' },
      { estudio: 'Triglicéridos', resultado: '210', unidad: 'mg/dL', rango: '0 - 150' },
    ] }))).toEqual([
      ['glucose', 92, 'mg/dL', 70, 100, 'normal'],
      ['creatinine', 1.4, 'mg/dL', 0.6, 1.2, 'high'],
      ['total-cholesterol', 186, 'mg/dL', 0, 200, 'normal'],
      ['triglycerides', 210, 'mg/dL', 0, 150, 'high'],
    ]);
  });

  it('German keys none of which the vocabulary knows (`Kenngroesse`, `Messung`, `Dimension`, `Sollbereich`), numbers as numbers', () => {
    expect(coded(json([
      { Kenngroesse: 'Natrium', Messung: 141, Dimension: 'mmol/l', Sollbereich: '135 - 145' },
      { Kenngroesse: 'Kalium', Messung: 5.6, Dimension: 'mmol/l', Sollbereich: '3.5 - 5.1' },
      { Kenngroesse: 'Kreatinin', Messung: 0.9, Dimension: 'mg/dl', Sollbereich: '0.7 - 1.2' },
      { Kenngroesse: 'Harnstoff', Messung: 31, Dimension: 'mg/dl', Sollbereich: '17 - 43' },
    ]))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high'],
      ['creatinine', 0.9, 'mg/dL', 0.7, 1.2, 'normal'],
      ['urea', 31, 'mg/dL', 17, 43, 'normal'],
    ]);
  });

  it('Vietnamese keys (`ten_xet_nghiem`, `ket_qua`, `don_vi`, `tri_so_binh_thuong`); a name the catalog lacks among known ones is `?Name`', () => {
    expect(coded(json({ ketQuaXetNghiem: [
      { ten_xet_nghiem: 'Glucose', ket_qua: '6.9', don_vi: 'mmol/L', tri_so_binh_thuong: '3.9 - 6.4' },
      { ten_xet_nghiem: 'AST (GOT)', ket_qua: '28', don_vi: 'U/L', tri_so_binh_thuong: '0 - 40' },
      { ten_xet_nghiem: 'ALT (GPT)', ket_qua: '45', don_vi: 'U/L', tri_so_binh_thuong: '0 - 40' },
      { ten_xet_nghiem: 'Cholinesterase', ket_qua: '7.1', don_vi: 'kU/L', tri_so_binh_thuong: '5.3 - 12.9' },
      { ten_xet_nghiem: 'Creatinine', ket_qua: '80', don_vi: 'umol/L', tri_so_binh_thuong: '62 - 106' },
    ] }))).toEqual([
      ['glucose', 6.9, 'mmol/L', 3.9, 6.4, 'high'],
      ['aspartate-aminotransferase', 28, 'U/L', 0, 40, 'normal'],
      ['alanine-aminotransferase', 45, 'U/L', 0, 40, 'high'],
      ['?Cholinesterase', 7.1, 'kU/L', 5.3, 12.9, 'normal'],
      ['creatinine', 80, 'umol/L', 62, 106, 'normal'],
    ]);
  });

  it('camelCase vendor keys with the range as two limit columns (`limInf`, `limSup`) and a flag column of letters', () => {
    expect(coded(json({ data: { resultList: [
      { descripcion: 'Hemoglobina', valorObtenido: '11.2', um: 'g/dL', limInf: '12.0', limSup: '16.0', marca: 'L' },
      { descripcion: 'Hematocrito', valorObtenido: '36.0', um: '%', limInf: '36.0', limSup: '46.0', marca: '' },
      { descripcion: 'Plaquetas', valorObtenido: '250', um: '10^3/uL', limInf: '150', limSup: '450', marca: '' },
      { descripcion: 'Leucocitos', valorObtenido: '11.8', um: '10^3/uL', limInf: '4.0', limSup: '10.5', marca: 'H' },
    ] } }))).toEqual([
      ['hemoglobin', 11.2, 'g/dL', 12, 16, 'low'],
      ['hematocrit', 36, '%', 36, 46, 'normal'],
      ['platelet-count', 250, '10*3/uL', 150, 450, 'normal'],
      ['white-blood-cell-count', 11.8, '10*3/uL', 4, 10.5, 'high'],
    ]);
  });

  it('misspelt keys (`TestNmae`, `Reslt`, `Unti`, `RefRnage`, `Flg`)', () => {
    expect(coded(json([
      { TestNmae: 'Potassium', Reslt: '5.6', Unti: 'mmol/L', RefRnage: '3.5-5.1', Flg: 'H' },
      { TestNmae: 'Sodium', Reslt: '139', Unti: 'mmol/L', RefRnage: '136-145', Flg: '' },
      { TestNmae: 'Chloride', Reslt: '101', Unti: 'mmol/L', RefRnage: '98-107', Flg: '' },
    ]))).toEqual([
      ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high'],
      ['sodium', 139, 'mmol/L', 136, 145, 'normal'],
      ['chloride', 101, 'mmol/L', 98, 107, 'normal'],
    ]);
  });

  it('a table kept as arrays of cells without keys, numbers as numbers (an extractor\'s output)', () => {
    expect(coded(json({ page: 1, rows: [
      ['Glucose', 5.2, 'mmol/L', '3.9-6.1'],
      ['Urea', 8.1, 'mmol/L', '2.5-7.5'],
      ['Creatinine', 88, 'umol/L', '62-106'],
      ['Haptoglobin', 1.1, 'g/L', '0.3-2.0'],
    ] }))).toEqual([
      ['glucose', 5.2, 'mmol/L', 3.9, 6.1, 'normal'],
      ['urea', 8.1, 'mmol/L', 2.5, 7.5, 'high'],
      ['creatinine', 88, 'umol/L', 62, 106, 'normal'],
      ['?Haptoglobin', 1.1, 'g/L', 0.3, 2, 'normal'],
    ]);
  });

  it('arrays of cells without keys with the range as two limit cells and the unit last', () => {
    expect(coded(json([
      ['Sodium', 133, 135, 145, 'mmol/L'],
      ['Potassium', 4.2, 3.5, 5.1, 'mmol/L'],
      ['Calcium', 2.31, 2.15, 2.55, 'mmol/L'],
    ]))).toEqual([
      ['sodium', 133, 'mmol/L', 135, 145, 'low'],
      ['potassium', 4.2, 'mmol/L', 3.5, 5.1, 'normal'],
      ['calcium', 2.31, 'mmol/L', 2.15, 2.55, 'normal'],
    ]);
  });
});

describe('recshape: lists that are no results read nothing', () => {
  it('a catalogue of reference ranges without results (limits, or a range text, no value column)', () => {
    expect(coded(json({ referencias: [
      { prueba: 'Glucosa', unidad: 'mg/dL', minimo: 70, maximo: 100 },
      { prueba: 'Creatinina', unidad: 'mg/dL', minimo: 0.6, maximo: 1.2 },
      { prueba: 'Colesterol total', unidad: 'mg/dL', minimo: 0, maximo: 200 },
      { prueba: 'Triglicéridos', unidad: 'mg/dL', minimo: 0, maximo: 150 },
    ] }))).toEqual([]);
    expect(coded(json([
      { Kenngroesse: 'Natrium', Dimension: 'mmol/l', Sollbereich: '135 - 145' },
      { Kenngroesse: 'Kalium', Dimension: 'mmol/l', Sollbereich: '3.5 - 5.1' },
      { Kenngroesse: 'Kreatinin', Dimension: 'mg/dl', Sollbereich: '0.7 - 1.2' },
    ]))).toEqual([]);
    expect(coded(json([
      ['Glucose', 'mmol/L', 3.9, 6.1],
      ['Urea', 'mmol/L', 2.5, 7.5],
      ['Creatinine', 'umol/L', 62, 106],
    ]))).toEqual([]);
  });

  it('daily measurements (dates, steps, a reading of one measure under its name each day)', () => {
    expect(coded(json([
      { fecha: '2024-03-01', pasos: 8432, pulso: 61, sueno: 7.1 },
      { fecha: '2024-03-02', pasos: 10211, pulso: 59, sueno: 6.4 },
      { fecha: '2024-03-03', pasos: 5120, pulso: 64, sueno: 8.0 },
    ]))).toEqual([]);
    expect(coded(json([
      { hora: '07:00', medida: 'Glucosa', lectura: 96, unidad: 'mg/dL', objetivo: '70 - 180' },
      { hora: '12:00', medida: 'Glucosa', lectura: 142, unidad: 'mg/dL', objetivo: '70 - 180' },
      { hora: '19:00', medida: 'Glucosa', lectura: 118, unidad: 'mg/dL', objetivo: '70 - 180' },
      { hora: '23:00', medida: 'Glucosa', lectura: 104, unidad: 'mg/dL', objetivo: '70 - 180' },
    ]))).toEqual([]);
    expect(coded(json([
      ['2024-03-01', 96, 'mg/dL', '70-180'],
      ['2024-03-02', 142, 'mg/dL', '70-180'],
      ['2024-03-03', 118, 'mg/dL', '70-180'],
    ]))).toEqual([]);
  });

  it('a device\'s configuration, with names that are measures', () => {
    expect(coded(json({ ajustes: [
      { clave: 'Glucosa alarma baja', umbral: 70, unidad: 'mg/dL', intervalo: '55 - 100' },
      { clave: 'Glucosa alarma alta', umbral: 250, unidad: 'mg/dL', intervalo: '120 - 400' },
      { clave: 'timeout', umbral: 30, unidad: 's', intervalo: '10 - 60' },
      { clave: 'retries', umbral: 3, unidad: '', intervalo: '1 - 5' },
    ] }))).toEqual([]);
  });

  it('a price list of tests and a product list', () => {
    expect(coded(json({ precios: [
      { examen_nombre: 'Ferritina', precio: '18.50', moneda: 'USD', entrega: '2-3 días' },
      { examen_nombre: 'Glucosa', precio: '4.00', moneda: 'USD', entrega: '1-2 días' },
      { examen_nombre: 'TSH', precio: '22.00', moneda: 'USD', entrega: '2-3 días' },
      { examen_nombre: 'Creatinina', precio: '6.00', moneda: 'USD', entrega: '1-2 días' },
    ] }))).toEqual([]);
    expect(coded(json([
      ['Ferritin', 18.5, 'USD', '2-3'],
      ['Glucose', 4, 'USD', '1-2'],
      ['TSH', 22, 'USD', '2-3'],
    ]))).toEqual([]);
  });

  it('dosages: supplements under names the catalog knows, in mg and IU with a dose range; a drug list', () => {
    expect(coded(json([
      { suplemento: 'Vitamina D', dosis: '2000', unidad: 'UI', rango: '1000 - 4000' },
      { suplemento: 'Magnesio', dosis: '400', unidad: 'mg', rango: '310 - 420' },
      { suplemento: 'Hierro', dosis: '65', unidad: 'mg', rango: '45 - 65' },
      { suplemento: 'Zinc', dosis: '15', unidad: 'mg', rango: '8 - 40' },
    ]))).toEqual([]);
    expect(coded(json([
      { farmaco: 'Metformina', dosis: 850, unidad: 'mg', rango: '500 - 2000' },
      { farmaco: 'Atorvastatina', dosis: 20, unidad: 'mg', rango: '10 - 80' },
      { farmaco: 'Levotiroxina', dosis: 75, unidad: 'mcg', rango: '25 - 200' },
    ]))).toEqual([]);
  });

  it('people and their measures; a list with too few known names', () => {
    expect(coded(json([
      { persona: 'Ana', edad: 34, peso: 61, unidad: 'kg', rango: '55 - 70' },
      { persona: 'Luis', edad: 41, peso: 82, unidad: 'kg', rango: '65 - 85' },
      { persona: 'Eva', edad: 29, peso: 58, unidad: 'kg', rango: '50 - 65' },
    ]))).toEqual([]);
    expect(coded(json([
      { etiqueta: 'Glucosa', lectura: 92, unidad: 'mg/dL', rango: '70 - 100' },
      { etiqueta: 'Sensor A', lectura: 12, unidad: 'mV', rango: '10 - 20' },
      { etiqueta: 'Sensor B', lectura: 14, unidad: 'mV', rango: '10 - 20' },
      { etiqueta: 'Sensor C', lectura: 11, unidad: 'mV', rango: '10 - 20' },
    ]))).toEqual([]);
  });

  it('a history: records of a shape read list on several dates of their own (a date column by its values)', () => {
    const rec = (fecha: string, prestacion: string, res: string, refs: string) => ({ fechaToma: fecha, prestacion, res, uMedida: 'mg/dL', refs });
    expect(coded(json([
      rec('2024-01-10', 'Glucosa', '98', '70 - 100'), rec('2024-01-10', 'Creatinina', '0.9', '0.6 - 1.2'), rec('2024-01-10', 'Ácido úrico', '5.0', '2.4 - 5.7'),
      rec('2024-06-02', 'Glucosa', '104', '70 - 100'), rec('2024-06-02', 'Creatinina', '1.0', '0.6 - 1.2'), rec('2024-06-02', 'Ácido úrico', '5.9', '2.4 - 5.7'),
    ]))).toEqual([]);
  });

  it('a list held under a key of targets or settings', () => {
    expect(coded(json({ targets: [
      { estudio: 'Glucosa', meta: '100', unidad: 'mg/dL', rango: '70 - 130' },
      { estudio: 'Colesterol total', meta: '180', unidad: 'mg/dL', rango: '0 - 200' },
      { estudio: 'Triglicéridos', meta: '120', unidad: 'mg/dL', rango: '0 - 150' },
    ] }))).toEqual([]);
  });

  it('two number columns beside names and units and no range (an age and a weight, two readings): no value is chosen', () => {
    expect(coded(json([
      { estudio: 'Glucosa', primera: '92', segunda: '140', unidad: 'mg/dL', marca: 'H' },
      { estudio: 'Insulina', primera: '8.1', segunda: '60.2', unidad: 'uUI/mL', marca: 'H' },
      { estudio: 'Cortisol', primera: '14.0', segunda: '9.1', unidad: 'ug/dL', marca: '' },
    ]))).toEqual([]);
  });
});

/*
 * (recshape review) Lists of a laboratory's names, catalog units and numbers that are no results: a reference
 * catalogue or an app's settings beside its limits, a chart's axes, a test menu's turnaround, quality control runs,
 * statistics of a device or a population, percentiles. Other names and values than the review's probes.
 */
describe('recshape review: settings, statistics, QC and catalogues read nothing', () => {
  it('a catalogue of limits with a default, a precision or a chart axis beside them', () => {
    expect(coded(json({ rangos: [
      { marcador: 'Ferritina', uom: 'ng/mL', inf: 20, sup: 300, defaultValue: 90 },
      { marcador: 'Vitamina B12', uom: 'pg/mL', inf: 190, sup: 880, defaultValue: 400 },
      { marcador: 'Glucosa', uom: 'mg/dL', inf: 70, sup: 110, defaultValue: 90 },
      { marcador: 'Magnesio', uom: 'mg/dL', inf: 1.6, sup: 2.6, defaultValue: 2.1 },
    ] }))).toEqual([]);
    expect(coded(json([
      { etiqueta: 'Natrium', einheit: 'mmol/l', precision: 0, untere: 136, obere: 146 },
      { etiqueta: 'Kalium', einheit: 'mmol/l', precision: 1, untere: 3.4, obere: 5.0 },
      { etiqueta: 'Kreatinin', einheit: 'mg/dl', precision: 2, untere: 0.5, obere: 1.1 },
      { etiqueta: 'Calcium', einheit: 'mg/dl', precision: 1, untere: 8.6, obere: 10.2 },
    ]))).toEqual([]);
    expect(coded(json({ grafico: { ejes: [
      { serie: 'Colesterol total', unidad: 'mg/dL', desde: 100, hasta: 300, tick: 25 },
      { serie: 'Glucosa', unidad: 'mg/dL', desde: 50, hasta: 250, tick: 25 },
      { serie: 'Creatinina', unidad: 'mg/dL', desde: 0, hasta: 3, tick: 0.5 },
    ], axisLabel: 'x' } }))).toEqual([]);
  });

  it('a test menu with turnaround days, QC runs (target, SD, measured), calibration (assigned, observed)', () => {
    expect(coded(json({ oferta: [
      { prueba: 'Ferritina', muestra: 'Suero', unidad: 'ng/mL', inf: 15, sup: 150, turnaroundDays: 3 },
      { prueba: 'TSH', muestra: 'Suero', unidad: 'mUI/L', inf: 0.35, sup: 4.94, turnaroundDays: 1 },
      { prueba: 'Creatinina', muestra: 'Suero', unidad: 'mg/dL', inf: 0.5, sup: 1.1, turnaroundDays: 1 },
      { prueba: 'Glucosa', muestra: 'Suero', unidad: 'mg/dL', inf: 70, sup: 100, turnaroundDays: 1 },
    ] }))).toEqual([]);
    expect(coded(json({ laeufe: [
      { analyt: 'Natrium', stufe: 'N1', charge: 'K-77', sollwert: 128, streuung: 1.9, gemessen: 129.5, einheit: 'mmol/l' },
      { analyt: 'Natrium', stufe: 'N2', charge: 'K-78', sollwert: 152, streuung: 2.2, gemessen: 150.1, einheit: 'mmol/l' },
      { analyt: 'Kalium', stufe: 'N1', charge: 'K-77', sollwert: 3.1, streuung: 0.07, gemessen: 3.15, einheit: 'mmol/l' },
      { analyt: 'Kreatinin', stufe: 'N1', charge: 'K-77', sollwert: 0.95, streuung: 0.03, gemessen: 0.97, einheit: 'mg/dl' },
    ] }))).toEqual([]);
    expect(coded(json({ kalibrierung: [
      { analyt: 'Glukose', kalibrator: 'K1', assignedValue: 110, observedValue: 108.2, einheit: 'mg/dl' },
      { analyt: 'Harnstoff', kalibrator: 'K1', assignedValue: 45, observedValue: 46.1, einheit: 'mg/dl' },
      { analyt: 'Cholesterin', kalibrator: 'K1', assignedValue: 210, observedValue: 205, einheit: 'mg/dl' },
    ] }))).toEqual([]);
  });

  it('statistics: a device\'s week (average, lowest, highest), a population (mean, SD, n), percentiles', () => {
    expect(coded(json({ semana: [
      { medida: 'Glucosa', unidad: 'mg/dL', promedio: 121, minimo_semana: 88, maximo_semana: 176 },
      { medida: 'Colesterol total', unidad: 'mg/dL', promedio: 201, minimo_semana: 190, maximo_semana: 212 },
      { medida: 'Triglicéridos', unidad: 'mg/dL', promedio: 150, minimo_semana: 131, maximo_semana: 182 },
      { medida: 'Hemoglobina', unidad: 'g/dL', promedio: 13.2, minimo_semana: 12.8, maximo_semana: 13.9 },
    ] }))).toEqual([]);
    expect(coded(json({ kohorte: [
      { analyt: 'Glukose', einheit: 'mg/dl', avgValue: 97.4, stdev: 21.9, count: 4410 },
      { analyt: 'Kreatinin', einheit: 'mg/dl', avgValue: 0.91, stdev: 0.28, count: 4397 },
      { analyt: 'Kalium', einheit: 'mmol/l', avgValue: 4.2, stdev: 0.33, count: 4402 },
    ] }))).toEqual([]);
    expect(coded(json({ verteilung: [
      { analyt: 'Glukose', einheit: 'mg/dl', p5: 79, p50: 95, p95: 158 },
      { analyt: 'Kreatinin', einheit: 'mg/dl', p5: 0.55, p50: 0.86, p95: 1.33 },
      { analyt: 'Kalium', einheit: 'mmol/l', p5: 3.6, p50: 4.1, p95: 4.7 },
      { analyt: 'Natrium', einheit: 'mmol/l', p5: 136, p50: 140, p95: 144 },
    ] }))).toEqual([]);
  });

  it('keys of no statistics word: limits not on one scale, values far from their ranges, an unexplained number column', () => {
    // A spread beside a mean (two ordered columns, the lower a fiftieth of the higher): no range.
    expect(coded(json([
      { medida: 'Glucosa', unidad: 'mg/dL', ancho: 2.9, centro: 101, lectura: 99 },
      { medida: 'Colesterol total', unidad: 'mg/dL', ancho: 4.1, centro: 188, lectura: 191 },
      { medida: 'Creatinina', unidad: 'mg/dL', ancho: 0.03, centro: 0.96, lectura: 0.94 },
      { medida: 'Potasio', unidad: 'mmol/L', ancho: 0.09, centro: 4.4, lectura: 4.5 },
    ]))).toEqual([]);
    // Numbers ten and more times the upper limits on most records: no results of these ranges.
    expect(coded(json([
      { estudio: 'Glucosa', cifra: 900, unidad: 'mg/dL', rango: '70 - 100' },
      { estudio: 'Creatinina', cifra: 12, unidad: 'mg/dL', rango: '0.6 - 1.2' },
      { estudio: 'Potasio', cifra: 40, unidad: 'mmol/L', rango: '3.5 - 5.1' },
      { estudio: 'Sodio', cifra: 140, unidad: 'mmol/L', rango: '136 - 145' },
    ]))).toEqual([]);
    // A value, its range and one more number column nobody explains.
    expect(coded(json([
      { estudio: 'Glucosa', cifra: '92', unidad: 'mg/dL', rango: '70 - 100', plazo: 1 },
      { estudio: 'Creatinina', cifra: '0.9', unidad: 'mg/dL', rango: '0.6 - 1.2', plazo: 2 },
      { estudio: 'Potasio', cifra: '4.4', unidad: 'mmol/L', rango: '3.5 - 5.1', plazo: 1 },
      { estudio: 'Sodio', cifra: '140', unidad: 'mmol/L', rango: '136 - 145', plazo: 3 },
    ]))).toEqual([]);
  });

  it('a list of results held under a key of statistics or settings (`resumen`, `config`) reads nothing by shape', () => {
    expect(coded(json({ config: { analitos: [
      { estudio: 'Glucosa', cifra: '92', unidad: 'mg/dL', rango: '70 - 100' },
      { estudio: 'Creatinina', cifra: '0.9', unidad: 'mg/dL', rango: '0.6 - 1.2' },
      { estudio: 'Potasio', cifra: '4.4', unidad: 'mmol/L', rango: '3.5 - 5.1' },
    ] } }))).toEqual([]);
  });
});
