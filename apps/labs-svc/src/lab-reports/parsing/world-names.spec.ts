import { catalog, coded } from '../../testing/reader.js';
import { WORLD_CORRECTIONS, WORLD_NAMES, worldKey } from './world-names.js';

/*
 * world-names.ts (worldnames, review 34): every entry reads as the analyte of its English name, so that a later rule
 * that reads one of these names otherwise fails here; the guards its review asked for.
 */

describe('world-names.ts: every entry reads as its English name', () => {
  it('WORLD_CORRECTIONS and WORLD_NAMES: the key, as a printed name, is the English name\'s analyte', () => {
    const wrong = Object.entries({ ...WORLD_CORRECTIONS, ...WORLD_NAMES })
      .filter(([key, english]) => catalog.matchName(key)?.key !== catalog.matchName(english)?.key || catalog.matchName(english) === undefined)
      .map(([key, english]) => `${key} → ${catalog.matchName(key)?.key} (${english}: ${catalog.matchName(english)?.key})`);
    expect(wrong).toEqual([]);
  });

  it('keys are worldKey\'s own (a key folds to itself)', () => {
    expect(Object.keys(WORLD_NAMES).filter((k) => worldKey(k) !== k)).toEqual([]);
  });
});

describe('review 34: what the names\' words say is kept', () => {
  it('under a urine heading a name of the table is the urine\'s test, as its English name is', () => {
    expect(coded('Urine\nGlikoze  5.5  mmol/L').map((r) => r[0])).toEqual(['glucose-in-urine']);
    expect(coded('Urinalysis\nLeikocīti  12  /uL').map((r) => r[0])).toEqual(coded('Urinalysis\nWhite Blood Cell Count  12  /uL').map((r) => r[0]));
  });

  it.each([
    ['Pankreas-Amylase', 'pancreatic amylase is no total amylase'],
    ['Folates érythrocytaires', 'the red cells\' folate is no serum folate'],
    ['Скорость клубочковой фильтрации', 'a filtration rate not said to be estimated'],
    ['Segmenty', 'an ordinary word'],
    ['인', 'a Korean syllable alone'],
    ['กลีโคส', 'a Thai non-word one vowel away from glucose'],
  ])('%s stays unknown (%s)', (name) => {
    expect(catalog.matchName(name)).toBeUndefined();
  });

  it('Thai, Japanese and Arabic names keep their marks', () => {
    expect(catalog.matchName('กลูโคส')?.key).toBe('glucose');
    expect(catalog.matchName('الألبومين')?.key).toBe('albumin');
  });

  it('an Arabic name typed without its hamza or article, or in Persian letters, is the same name', () => {
    expect(['الالبومين', 'ألبومين', 'البومين', 'الألبومين'].map((n) => catalog.matchName(n)?.key)).toEqual(['albumin', 'albumin', 'albumin', 'albumin']);
    expect(catalog.matchName('کراتینین')?.key).toBe('creatinine');
    expect(coded('الاختبار  النتيجة  الوحدة  المعدل الطبيعي\nالالبومين  4.1  g/dL  3.5 - 5.2').map((r) => r[0])).toEqual(['albumin']);
  });
});

describe('review 34: a CJK word against a Latin code that changes its test', () => {
  it.each([
    ['抗Tg抗体価', 'triglycerides'],
    ['遊離PSA比', 'prostate-specific-antigen'],
    ['유리PSA', 'prostate-specific-antigen'],
    ['ノンHDL-C', 'hdl-cholesterol'],
    ['고감도CRP', 'c-reactive-protein'],
  ])('%s is no %s (unknown: no table holds the whole name)', (name) => {
    expect(catalog.matchName(name)).toBeUndefined();
  });

  it('the code\'s own test where the words say nothing else, or a table reads the whole name', () => {
    expect(catalog.matchName('A/G比')?.key).toBe('albumin-globulin-ratio');
    expect(catalog.matchName('尿比重')?.key).toBe('specific-gravity-urine');
    expect(catalog.matchName('FT4(遊離サイロキシン)')?.key).toBe('free-t4');
    expect(catalog.matchName('抗Tg抗体')?.key).toBe('thyroglobulin-antibody');
    expect(catalog.matchName('高感度CRP')?.key).toBe('hs-crp');
  });
});

describe('world-names.ts corrections from the second helper\'s table', () => {
  it.each([
    ['Антитела к HBsAg', 'hepatitis-b-surface-antibody', 'the antibody to the surface antigen, no antigen'],
    ['pH мочи', 'urine-ph', 'the urine\'s pH, no arterial blood\'s'],
    ['リバースT3', 'reverse-t3', 'the reverse T3, no total T3'],
  ])('%s is %s (%s)', (name, key) => {
    expect(catalog.matchName(name)?.key).toBe(key);
  });
});
