import { coded } from '../../testing/reader.js';

/*
 * (remarkafter) An inline row (`Name: value unit (range)`) whose range's parenthesis holds a label before its bound,
 * then a remark in words after it — a chat summary's, its emoji between them (the tuning set's kz_invitro_telegram_…:
 * `Холестерин-ЛПНП (LDL): 3.11 ммоль/л (желательный: <3.0) ⚠️ СЛЕГКА ВЫШЕ ЖЕЛАТЕЛЬНОГО`, slightly above desirable). The
 * row was lost; the remark is no part of it. Expected rows are written from the printed lines.
 */

const lines = (...l: string[]) => l.join('\n');

describe('remarkafter: a remark after an inline row\'s labelled range', () => {
  it('the Russian chat summary\'s lipid rows: each read, the remark left out, the flag the printed bound\'s', () => {
    expect(coded(lines(
      'ЛИПИДНЫЙ ПРОФИЛЬ:',
      'Холестерин общий: 4.92 ммоль/л (желательный: <5.0) ✅',
      'Холестерин-ЛПВП (HDL): 1.12 ммоль/л (низкий риск: >1.0) ⚠️ НА НИЖНЕЙ ГРАНИЦЕ',
      'Холестерин-ЛПНП (LDL): 3.11 ммоль/л (желательный: <3.0) ⚠️ СЛЕГКА ВЫШЕ ЖЕЛАТЕЛЬНОГО',
    ))).toEqual([
      ['total-cholesterol', 4.92, 'mmol/L', null, 5, 'normal'],
      // A risk tier's bound (`low risk: >1.0`) is no reference range: its text only, no flag.
      ['hdl-cholesterol', 1.12, 'mmol/L', null, null, null],
      ['ldl-cholesterol', 3.11, 'mmol/L', null, 3, 'high'],
    ]);
  });

  it('in English, with or without the emoji', () => {
    expect(coded(lines(
      'Glucose: 5.1 mmol/L (3.9-5.5)',
      'HDL: 1.12 mmol/L (low risk: >1.0) ⚠️ check again',
      'LDL: 3.4 mmol/L (desirable: <3.0) worth repeating fasting',
    ))).toEqual([
      ['glucose', 5.1, 'mmol/L', 3.9, 5.5, 'normal'],
      ['hdl-cholesterol', 1.12, 'mmol/L', null, null, null],
      ['ldl-cholesterol', 3.4, 'mmol/L', null, 3, 'high'],
    ]);
  });

  it('under a name the catalog does not know, no row is made of it', () => {
    expect(coded(lines('Glucose: 5.1 mmol/L (3.9-5.5)', 'Zonulin: 45 ng/mL (low risk: <50) check again'))).toEqual([
      ['glucose', 5.1, 'mmol/L', 3.9, 5.5, 'normal'],
    ]);
  });
});
